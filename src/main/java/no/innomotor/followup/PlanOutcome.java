package no.innomotor.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.innomotor.shared.PersonId;

/** What the follow-up led to: a first tender, a grant, a pilot customer. */
@Entity
@Table(name = "followup_outcome")
class PlanOutcome {

    @Id
    private UUID id;

    @Column(name = "plan_id", insertable = false, updatable = false)
    private UUID planId;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "reached_on", nullable = false)
    private LocalDate reachedOn;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PlanOutcome() {}

    PlanOutcome(String text, LocalDate reachedOn, PersonId by, Instant now) {
        this.id = UUID.randomUUID();
        this.text = text.strip();
        this.reachedOn = reachedOn;
        this.recordedBy = by.value();
        this.recordedAt = now;
    }

    OutcomeView view() {
        return new OutcomeView(id, text, reachedOn);
    }
}
