package no.innomotor.knowledge.web;

import no.innomotor.knowledge.CaseLibraryPage;
import org.jspecify.annotations.Nullable;

/** The public case library (knowledge/cases/library.jte); {@code fragment}: the results alone, for htmx. */
public record CaseLibraryListPage(
        CaseLibraryPage library,
        CaseQuery query,
        @Nullable String previous,
        @Nullable String next,
        boolean fragment) {

    static final String TEMPLATE = "knowledge/cases/library";
}
