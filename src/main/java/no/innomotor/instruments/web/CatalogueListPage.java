package no.innomotor.instruments.web;

import java.time.LocalDate;
import java.util.Map;
import no.innomotor.instruments.CataloguePage;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * The public catalogue (instruments/catalogue.jte): one page of published instruments, the filter, the pager;
 * {@code fragment}: only the results, for htmx (the filter form).
 */
public record CatalogueListPage(
        CataloguePage catalogue,
        CatalogueQuery query,
        Map<OrganisationId, String> actors,
        @Nullable String previousUrl,
        @Nullable String nextUrl,
        boolean canAdd,
        boolean keeps,
        LocalDate today,
        boolean fragment) {

    static final String TEMPLATE = "instruments/catalogue";
}
