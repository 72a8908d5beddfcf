package no.innomotor.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** What comes next, by when, and who takes it: the adviser or the supplier. Done once, never undone. */
@Entity
@Table(name = "followup_next_step")
class NextStep {

    static final int MAX_TEXT = 2_000;

    @Id
    private UUID id;

    @Column(name = "plan_id", insertable = false, updatable = false)
    private UUID planId;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Responsible responsible;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    @Column(name = "done_by")
    private @Nullable UUID doneBy;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected NextStep() {}

    NextStep(String text, LocalDate dueOn, Responsible responsible, PersonId by, Instant now) {
        this.id = UUID.randomUUID();
        this.text = text.strip();
        this.dueOn = dueOn;
        this.responsible = responsible;
        this.recordedBy = by.value();
        this.recordedAt = now;
    }

    StepId id() {
        return new StepId(id);
    }

    UUID planId() {
        return planId;
    }

    String text() {
        return text;
    }

    Responsible responsible() {
        return responsible;
    }

    boolean done() {
        return doneAt != null;
    }

    LocalDate due() {
        return dueOn;
    }

    /** Marks the step done; a step done already stays as it was. */
    boolean markDone(PersonId by, Instant now) {
        if (doneAt != null) {
            return false;
        }
        this.doneAt = now;
        this.doneBy = by.value();
        return true;
    }

    StepView view(LocalDate today) {
        return new StepView(id(), text, dueOn, responsible, doneAt, doneAt == null && dueOn.isBefore(today));
    }
}
