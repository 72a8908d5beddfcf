package no.innomotor.followup;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A next step as the plan's readers see it; {@code overdue}: open and past its date. */
public record StepView(
        StepId id,
        String text,
        LocalDate due,
        Responsible responsible,
        @Nullable Instant doneAt,
        boolean overdue) {

    public boolean done() {
        return doneAt != null;
    }
}
