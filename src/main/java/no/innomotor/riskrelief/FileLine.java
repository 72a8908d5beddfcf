package no.innomotor.riskrelief;

import java.time.Instant;
import java.util.UUID;

/** A file of an application as lists show it: name, size, what it belongs to ("application" or a milestone's id). */
public record FileLine(UUID id, String filename, long sizeBytes, String purpose, Instant uploadedAt) {

    public boolean ofApplication() {
        return ApplicationFile.APPLICATION.equals(purpose);
    }
}
