package no.innomotor.riskrelief;

import java.util.UUID;

/** Identifies a file attached to an application or to a milestone's report. */
public record ApplicationFileId(UUID value) {

    public static ApplicationFileId random() {
        return new ApplicationFileId(UUID.randomUUID());
    }

    public static ApplicationFileId of(String value) {
        return new ApplicationFileId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
