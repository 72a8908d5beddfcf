package no.innomotor.projects;

import java.time.Instant;
import java.time.LocalDate;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;

/** A step as the roadmap on the project page shows it. */
public record StepOverview(
        RoadmapStep step,
        StepState state,
        int itemsDone,
        int itemsTotal,
        int requiredOpen,
        @Nullable LocalDate dueDate,
        @Nullable Instant completedAt) {

    public int number() {
        return step.number();
    }
}
