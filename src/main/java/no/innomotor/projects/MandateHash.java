package no.innomotor.projects;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.Sha256;

/**
 * The SHA-256 fingerprint of a signed mandate: the project, the version, every term, the signer and the time, in a
 * fixed line format with escaped values, so the same commitment always gives the same hash and any later change
 * to the stored record shows.
 */
final class MandateHash {

    private static final String FORMAT = "innomotor-mandate/1";

    private MandateHash() {}

    static String of(
            ProjectId project,
            int versionNumber,
            MandateTerms terms,
            PersonId signer,
            String signerName,
            Instant signedAt) {
        String canonical = FORMAT + "\n"
                + "project=" + project + "\n"
                + "version=" + versionNumber + "\n"
                + "goal=" + escape(terms.goal()) + "\n"
                + "budgetFrameNok=" + terms.budgetFrame().kroner() + "\n"
                + "riskAppetite=" + terms.riskAppetite().name() + "\n"
                + "benefitAmbition=" + escape(terms.benefitAmbition()) + "\n"
                + "startDate=" + terms.startDate() + "\n"
                + "endDate=" + terms.endDate() + "\n"
                + "signedBy=" + signer + "\n"
                + "signerName=" + escape(signerName) + "\n"
                // Databases keep microseconds; the hash must survive the round trip.
                + "signedAt=" + signedAt.truncatedTo(ChronoUnit.MICROS) + "\n";
        return Sha256.hex(canonical);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }
}
