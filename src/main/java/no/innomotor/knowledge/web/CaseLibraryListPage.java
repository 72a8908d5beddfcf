package no.innomotor.knowledge.web;

import no.innomotor.knowledge.CaseLibraryPage;
import org.jspecify.annotations.Nullable;

/** The public case library (knowledge/cases/library.jte); {@code fragment}: the results alone, for htmx. */
public record CaseLibraryListPage(
        CaseLibraryPage library,
        CaseQuery query,
        @Nullable String previous,
        @Nullable String next,
        java.util.Map<String, String> regionNames,
        boolean fragment) {

    /** The area's name with its code, for a NUTS code of the library. */
    public String region(String code) {
        return regionNames.getOrDefault(code, code);
    }

    static final String TEMPLATE = "knowledge/cases/library";

    public CaseLibraryListPage {
        regionNames = java.util.Map.copyOf(regionNames);
    }
}
