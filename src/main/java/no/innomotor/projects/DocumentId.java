package no.innomotor.projects;

import java.util.UUID;

/** Identifies a document uploaded to a project's roadmap step. */
public record DocumentId(UUID value) {

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    public static DocumentId of(String value) {
        return new DocumentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
