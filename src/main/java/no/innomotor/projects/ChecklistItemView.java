package no.innomotor.projects;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A checklist item: seeded guidance has a message key, an own item has its text. */
public record ChecklistItemView(
        ChecklistItemId id,
        @Nullable String guidanceKey,
        @Nullable String text,
        boolean required,
        boolean done,
        @Nullable String doneByName,
        @Nullable Instant doneAt) {

    public boolean own() {
        return guidanceKey == null;
    }

    /** True for an item the platform ticks itself (the mandate presented and signed); nobody ticks it by hand. */
    public boolean byPlatform() {
        return Roadmap.tickedByPlatform(guidanceKey);
    }
}
