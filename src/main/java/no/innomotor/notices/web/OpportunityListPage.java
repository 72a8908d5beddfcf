package no.innomotor.notices.web;

import java.util.List;
import no.innomotor.notices.CpvEntry;
import no.innomotor.notices.NutsRegion;
import org.springframework.data.domain.Page;
import org.springframework.validation.Errors;

/**
 * The public opportunity list (notices/opportunities.jte): the filter as given with its errors, one page of results,
 * the counties to filter by, the filter as a query string for links, the path of a chosen CPV code, and whether only
 * the results are wanted (htmx, the filter form).
 */
public record OpportunityListPage(
        OpportunityFilterForm filter,
        Errors errors,
        List<OpportunityView> items,
        Page<?> results,
        List<NutsRegion> regions,
        String query,
        List<CpvEntry> cpvPath,
        boolean fragment) {

    static final String TEMPLATE = "notices/opportunities";
}
