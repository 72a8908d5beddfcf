package no.innomotor.projects;

import java.util.UUID;

/** Identifies a project across modules. */
public record ProjectId(UUID value) {

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    public static ProjectId of(String value) {
        return new ProjectId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
