package no.innomotor.riskrelief;

import java.time.Instant;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * An application in a list: what it is, where it stands, and what the reader is to it ({@code as}: applicant, owner
 * or assessor).
 */
public record ApplicationListItem(
        ApplicationId id,
        String schemeId,
        String schemeName,
        String projectTitle,
        String applicantName,
        ApplicationStatus status,
        long amountRequested,
        @Nullable Instant submittedAt,
        @Nullable Outcome outcome,
        As as) {

    public enum As {
        APPLICANT,
        OWNER,
        ASSESSOR
    }
}
