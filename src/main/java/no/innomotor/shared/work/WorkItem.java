package no.innomotor.shared.work;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing waiting for a person: {@code kindKey} names what it is in the message bundles (e.g. "a mandate waits
 * for your signature"), with {@code kindArguments} for its numbered parameters; {@code title} the object (a project's
 * title), {@code context} where it belongs (the organisation), {@code link} the page where the person acts,
 * {@code due} the date it is due, if any.
 */
public record WorkItem(
        String kindKey,
        List<Object> kindArguments,
        String title,
        @Nullable String context,
        String link,
        @Nullable LocalDate due) {

    public WorkItem {
        kindArguments = List.copyOf(kindArguments);
    }

    /** Whether the item is past its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
