package no.innomotor.projects.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.innomotor.projects.StepDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A step's notes and due date, with the version of the step the person started from. */
public class StepNotesForm {

    @Size(max = 20_000, message = "{projects.step.notes.tooLong}")
    private @Nullable String notes;

    /** As typed; a date input sends yyyy-MM-dd. */
    @Size(max = 20, message = "{projects.step.dueDate.invalid}")
    private @Nullable String dueDate;

    private long version;

    static StepNotesForm of(StepDetails step) {
        StepNotesForm form = new StepNotesForm();
        form.notes = step.notes();
        form.dueDate = step.dueDate() == null ? null : step.dueDate().toString();
        form.version = step.version();
        return form;
    }

    @Nullable
    LocalDate parsedDueDate(Errors errors) {
        if (dueDate == null || dueDate.isBlank() || errors.hasFieldErrors("dueDate")) {
            return null;
        }
        try {
            return LocalDate.parse(dueDate.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue("dueDate", "projects.step.dueDate.invalid");
            return null;
        }
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable String dueDate) {
        this.dueDate = dueDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
