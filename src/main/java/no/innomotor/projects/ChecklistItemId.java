package no.innomotor.projects;

import java.util.UUID;

/** Identifies one checklist item of a project's roadmap step. */
public record ChecklistItemId(UUID value) {

    public static ChecklistItemId random() {
        return new ChecklistItemId(UUID.randomUUID());
    }

    public static ChecklistItemId of(String value) {
        return new ChecklistItemId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
