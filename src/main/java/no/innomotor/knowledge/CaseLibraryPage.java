package no.innomotor.knowledge;

import java.util.List;

/** One page of the case library's published cases, with the values its filters offer. */
public record CaseLibraryPage(
        List<CaseSummary> cases,
        long total,
        int page,
        int pages,
        List<String> counties,
        List<String> cpvDivisions,
        List<Integer> years) {

    public CaseLibraryPage {
        cases = List.copyOf(cases);
        counties = List.copyOf(counties);
        cpvDivisions = List.copyOf(cpvDivisions);
        years = List.copyOf(years);
    }
}
