package no.innomotor.knowledge;

import no.innomotor.projects.ProcedureType;
import org.jspecify.annotations.Nullable;

/**
 * What the case library is searched by: free text (title, need and lessons, Norwegian stemming), procedure, county
 * (the NUTS code), CPV division (two digits), the project's step when the case was built, and the year.
 */
public record CaseFilter(
        @Nullable String text,
        @Nullable ProcedureType procedure,
        @Nullable String county,
        @Nullable String cpvDivision,
        @Nullable Integer step,
        @Nullable Integer year) {

    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null);

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
