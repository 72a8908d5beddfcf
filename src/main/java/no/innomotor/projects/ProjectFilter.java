package no.innomotor.projects;

import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A filter for the project list; every part is optional. {@code text} searches title and need in Norwegian. */
public record ProjectFilter(
        @Nullable OrganisationId organisation,
        @Nullable Integer step,
        @Nullable ProcedureType procedure,
        @Nullable ProjectStatus status,
        @Nullable String text) {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
