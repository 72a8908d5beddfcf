package no.innomotor.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.innomotor.benefits.BenefitFiguresChanged;
import no.innomotor.benefits.BenefitFiguresChanged.Figure;
import no.innomotor.benefits.TrajectoryStatus;
import no.innomotor.shared.Money;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The knowledge module's copy of one project's benefit figures, as the benefits module last announced them: counts
 * and sums for roll-ups and open statistics in columns, the figures themselves as JSON for a case.
 */
@Entity
@Table(name = "knowledge_project_benefits")
class ProjectBenefits {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Figure>> FIGURES = new TypeReference<>() {};

    @Id
    @Column(name = "project_id")
    private UUID projectId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(nullable = false)
    private int benefits;

    @Column(nullable = false)
    private int measured;

    @Column(nullable = false)
    private int realised;

    @Column(name = "off_track", nullable = false)
    private int offTrack;

    @Column(name = "planned_nok", nullable = false)
    private long plannedNok;

    @Column(name = "realised_nok", nullable = false)
    private long realisedNok;

    @Column(nullable = false)
    private boolean showcased;

    @Column(nullable = false, columnDefinition = "text")
    private String figures;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ProjectBenefits() {}

    ProjectBenefits(BenefitFiguresChanged event, Instant now) {
        this.projectId = event.project().value();
        replace(event, now);
    }

    void replace(BenefitFiguresChanged event, Instant now) {
        List<Figure> all = event.benefits();
        this.organisationId = event.organisation().value();
        this.benefits = all.size();
        this.measured = (int) all.stream()
                .filter(figure -> figure.status() != TrajectoryStatus.NOT_MEASURED)
                .count();
        this.realised = (int) all.stream()
                .filter(figure -> figure.status() == TrajectoryStatus.REALISED)
                .count();
        this.offTrack = (int) all.stream()
                .filter(figure -> figure.status() == TrajectoryStatus.OFF_TRACK)
                .count();
        this.plannedNok = sum(all.stream().map(Figure::plannedNok).toList());
        this.realisedNok = sum(all.stream().map(Figure::realisedNok).toList());
        this.showcased = event.showcased();
        this.figures = JSON.writeValueAsString(all);
        this.changedAt = now;
    }

    private static long sum(List<? extends Money> amounts) {
        return amounts.stream()
                .filter(amount -> amount != null && amount.isNok())
                .mapToLong(amount -> amount.amount().longValue())
                .sum();
    }

    UUID projectId() {
        return projectId;
    }

    UUID organisationId() {
        return organisationId;
    }

    int benefits() {
        return benefits;
    }

    int measured() {
        return measured;
    }

    int realised() {
        return realised;
    }

    int offTrack() {
        return offTrack;
    }

    Money plannedNok() {
        return Money.nok(plannedNok);
    }

    Money realisedNok() {
        return Money.nok(realisedNok);
    }

    boolean showcased() {
        return showcased;
    }

    List<Figure> figures() {
        return JSON.readValue(figures, FIGURES);
    }

    Instant changedAt() {
        return changedAt;
    }
}
