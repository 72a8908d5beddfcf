package no.innomotor.riskrelief;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * An assessor assigned to an application. They declare first whether they have a conflict of interest; with one
 * they are out of the application (they no longer see it); without, they score each criterion with a justification
 * and recommend an outcome.
 */
@Entity
@Table(name = "riskrelief_assignment")
class Assignment {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false, insertable = false, updatable = false)
    private UUID applicationId;

    @Column(name = "assessor_id", nullable = false)
    private UUID assessorId;

    @Column(name = "assessor_name", nullable = false, length = 200)
    private String assessorName;

    @Column(name = "assigned_by", nullable = false)
    private UUID assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    private @Nullable Boolean conflict;

    @Column(name = "conflict_reason", columnDefinition = "text")
    private @Nullable String conflictReason;

    @Column(name = "declared_at")
    private @Nullable Instant declaredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Recommendation recommendation;

    @Column(columnDefinition = "text")
    private @Nullable String overall;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "riskrelief_score", joinColumns = @JoinColumn(name = "assignment_id"))
    @MapKeyColumn(name = "criterion_id")
    @BatchSize(size = 50)
    private Map<UUID, Score> scores = new HashMap<>();

    protected Assignment() {}

    Assignment(PersonId assessor, String assessorName, PersonId by, Instant at) {
        this.id = UUID.randomUUID();
        this.assessorId = assessor.value();
        this.assessorName = assessorName;
        this.assignedBy = by.value();
        this.assignedAt = at;
    }

    @Embeddable
    static class Score {
        @Column(nullable = false)
        private int score;

        @Column(nullable = false, columnDefinition = "text")
        private String justification;

        protected Score() {}

        Score(int score, String justification) {
            this.score = score;
            this.justification = justification;
        }
    }

    PersonId assessor() {
        return new PersonId(assessorId);
    }

    String assessorName() {
        return assessorName;
    }

    boolean declared() {
        return conflict != null;
    }

    boolean conflicted() {
        return Boolean.TRUE.equals(conflict);
    }

    boolean submitted() {
        return submittedAt != null;
    }

    @Nullable
    Recommendation recommendation() {
        return recommendation;
    }

    void declare(boolean conflict, String reason, Instant at) {
        this.conflict = conflict;
        this.conflictReason = reason;
        this.declaredAt = at;
    }

    void submit(Map<UUID, Score> scores, Recommendation recommendation, String overall, Instant at) {
        this.scores.clear();
        this.scores.putAll(scores);
        this.recommendation = recommendation;
        this.overall = overall;
        this.submittedAt = at;
    }

    /** The weighted total on the 0–10 scale: each score times its criterion's weight, over 100. */
    double weightedTotal(Map<UUID, Integer> weights) {
        double total = 0;
        for (Map.Entry<UUID, Score> entry : scores.entrySet()) {
            total += entry.getValue().score * weights.getOrDefault(entry.getKey(), 0);
        }
        return total / 100.0;
    }

    ApplicationView.Assessment view(Map<UUID, Integer> weights, Map<UUID, String> names) {
        java.util.List<ApplicationView.ScoreLine> lines = new java.util.ArrayList<>();
        names.forEach((criterion, name) -> {
            Score s = scores.get(criterion);
            if (s != null) {
                lines.add(new ApplicationView.ScoreLine(name, s.score, s.justification));
            }
        });
        return new ApplicationView.Assessment(
                assessorId.toString(),
                assessorName,
                conflict,
                conflicted() ? conflictReason : null,
                submitted(),
                recommendation,
                overall,
                submitted() ? weightedTotal(weights) : null,
                lines,
                assignedAt,
                declaredAt,
                submittedAt);
    }
}
