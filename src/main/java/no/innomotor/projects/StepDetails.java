package no.innomotor.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;

/**
 * One roadmap step of a project: checklist, notes and due date (with the version the form carries), documents,
 * and the state of its gate. {@code editable} says whether the step can change now and the reader may change it;
 * {@code pastDue} that its due date has passed (Norwegian time) and it is not completed.
 */
public record StepDetails(
        ProjectDetails project,
        RoadmapStep step,
        StepState state,
        @Nullable String notes,
        @Nullable LocalDate dueDate,
        long version,
        List<ChecklistItemView> items,
        List<DocumentView> documents,
        int requiredOpen,
        boolean mandateSigned,
        boolean editable,
        @Nullable Instant completedAt,
        @Nullable String completedByName,
        boolean pastDue,
        List<StepFinding> findings) {

    public StepDetails {
        items = List.copyOf(items);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
    }

    public int number() {
        return step.number();
    }

    public boolean gateOpen() {
        return requiredOpen == 0 && mandateSigned;
    }

    /** The step can be completed now by the reader: it is current, and they may edit. */
    public boolean completable() {
        return editable && state == StepState.CURRENT;
    }
}
