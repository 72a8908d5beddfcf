package no.innomotor.projects;

import java.time.LocalDate;
import no.innomotor.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Someone saved the step's notes or due date after this person opened the form. Carries what is saved now, so the
 * form can show it next to what the person typed; nothing is overwritten.
 */
public class StepChangedConcurrently extends DomainException.Conflict {

    private final transient @Nullable String currentNotes;
    private final transient @Nullable LocalDate currentDueDate;
    private final long currentVersion;

    StepChangedConcurrently(
            int step, @Nullable String currentNotes, @Nullable LocalDate currentDueDate, long currentVersion) {
        super("projects.error.stepChanged", "Step " + step + " changed concurrently, now version " + currentVersion);
        this.currentNotes = currentNotes;
        this.currentDueDate = currentDueDate;
        this.currentVersion = currentVersion;
    }

    public @Nullable String currentNotes() {
        return currentNotes;
    }

    public @Nullable LocalDate currentDueDate() {
        return currentDueDate;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
