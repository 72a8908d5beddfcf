package no.innomotor.riskrelief;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** A milestone of an approved application: the applicant reports on it, the owner then approves its payout. */
@Entity
@Table(name = "riskrelief_milestone")
class Milestone {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false, insertable = false, updatable = false)
    private UUID applicationId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private long amount;

    @Column(columnDefinition = "text")
    private @Nullable String report;

    @Column(name = "reported_by")
    private @Nullable UUID reportedBy;

    @Column(name = "reported_at")
    private @Nullable Instant reportedAt;

    @Column(name = "paid_by")
    private @Nullable UUID paidBy;

    @Column(name = "paid_at")
    private @Nullable Instant paidAt;

    @Column(name = "reminded_on")
    private @Nullable LocalDate remindedOn;

    protected Milestone() {}

    Milestone(int position, String name, LocalDate dueOn, long amount) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.name = name;
        this.dueOn = dueOn;
        this.amount = amount;
    }

    MilestoneId id() {
        return new MilestoneId(id);
    }

    UUID applicationId() {
        return applicationId;
    }

    String name() {
        return name;
    }

    LocalDate due() {
        return dueOn;
    }

    long amount() {
        return amount;
    }

    boolean reported() {
        return reportedAt != null;
    }

    boolean paid() {
        return paidAt != null;
    }

    @Nullable
    LocalDate remindedOn() {
        return remindedOn;
    }

    void reminded(LocalDate on) {
        this.remindedOn = on;
    }

    void report(String text, PersonId by, Instant at) {
        this.report = text;
        this.reportedBy = by.value();
        this.reportedAt = at;
    }

    void pay(PersonId by, Instant at) {
        this.paidBy = by.value();
        this.paidAt = at;
    }

    ApplicationView.MilestoneLine view(LocalDate today) {
        return new ApplicationView.MilestoneLine(
                id.toString(), name, dueOn, amount, report, reportedAt, paidAt, !reported() && dueOn.isBefore(today));
    }
}
