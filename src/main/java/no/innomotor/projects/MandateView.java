package no.innomotor.projects;

import java.time.Instant;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * One version of a mandate with its signature, if any. {@code intact} is false only when a signed record no longer
 * matches the hash taken at signing.
 */
public record MandateView(
        int versionNumber,
        MandateTerms terms,
        @Nullable String draftedByName,
        Instant draftedAt,
        @Nullable PersonId signedBy,
        @Nullable String signerName,
        @Nullable Instant signedAt,
        @Nullable String contentHash,
        boolean intact) {

    public boolean signed() {
        return signedAt != null;
    }
}
