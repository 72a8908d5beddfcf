package no.innomotor.suppliers;

import java.util.List;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;

/** What a saved search looks for, and whether its alerts come by mail too. */
public record SearchCriteria(
        String name, List<CpvCode> cpvCodes, List<NutsCode> regions, List<String> keywords, boolean mail) {

    public SearchCriteria {
        cpvCodes = List.copyOf(cpvCodes);
        regions = List.copyOf(regions);
        keywords = List.copyOf(keywords);
    }
}
