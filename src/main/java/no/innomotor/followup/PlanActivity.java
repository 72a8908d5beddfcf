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

/** Something the adviser did with the supplier: a meeting, a course, an introduction to a buyer, an instrument. */
@Entity
@Table(name = "followup_activity")
class PlanActivity {

    static final int MAX_PARTICIPANTS = 500;

    @Id
    private UUID id;

    /** Written by the plan's collection; read here for the overview's queries. */
    @Column(name = "plan_id", insertable = false, updatable = false)
    private UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActivityKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(nullable = false, length = MAX_PARTICIPANTS)
    private String participants;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PlanActivity() {}

    PlanActivity(
            ActivityKind kind, LocalDate heldOn, String description, String participants, PersonId by, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.heldOn = heldOn;
        this.description = description.strip();
        this.participants = participants.strip();
        this.recordedBy = by.value();
        this.recordedAt = now;
    }

    ActivityView view() {
        return new ActivityView(id, kind, heldOn, description, participants);
    }

    LocalDate heldOn() {
        return heldOn;
    }
}
