package no.innomotor.benefits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.shared.Money;
import no.innomotor.shared.PersonId;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/**
 * One benefit of a project's plan, changed only through its {@link BenefitPlan}. It keeps its latest measurement and
 * the status that measurement has against the trajectory, so that lists and roll-ups read one row per benefit.
 */
@Entity
@Table(name = "benefit")
class Benefit {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private BenefitPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BenefitType type;

    @Column(nullable = false)
    private boolean priced;

    @Column(nullable = false)
    private boolean quantitative;

    @Column(nullable = false, length = 200)
    private String indicator;

    @Column(nullable = false, length = 40)
    private String unit;

    @Column(nullable = false, columnDefinition = "text")
    private String method;

    @Column(name = "baseline_value", precision = 19, scale = 4)
    private @Nullable BigDecimal baselineValue;

    @Column(name = "baseline_on")
    private @Nullable LocalDate baselineOn;

    @Column(name = "baseline_source", nullable = false, length = 300)
    private String baselineSource;

    @Column(name = "target_value", precision = 19, scale = 4)
    private @Nullable BigDecimal targetValue;

    @Column(name = "target_on")
    private @Nullable LocalDate targetOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MeasurementSchedule schedule;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(nullable = false, columnDefinition = "text")
    private String preconditions;

    @Column(nullable = false, columnDefinition = "text")
    private String actions;

    @Column(nullable = false, columnDefinition = "text")
    private String risks;

    @Column(name = "mandate_goal", nullable = false, columnDefinition = "text")
    private String mandateGoal;

    @Column(name = "planned_nok")
    private @Nullable Long plannedNok;

    @Column(name = "leads_to", nullable = false, length = 2000)
    private String leadsTo;

    @Column(name = "latest_value", precision = 19, scale = 4)
    private @Nullable BigDecimal latestValue;

    @Column(name = "latest_on")
    private @Nullable LocalDate latestOn;

    /** What the benefit has realised in kroner, kept with the latest measurement for the roll-ups. */
    @Column(name = "realised_nok")
    private @Nullable Long realisedNok;

    @Column(name = "next_due")
    private @Nullable LocalDate nextDue;

    /** The due date the benefit's owner was last reminded of; a reminder is not the team's change. */
    @OptimisticLock(excluded = true)
    @Column(name = "reminded_for")
    private @Nullable LocalDate remindedFor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TrajectoryStatus status;

    @Version
    private @Nullable Long version;

    protected Benefit() {}

    Benefit(BenefitPlan plan, BenefitId id, int position, BenefitDetails details, String ownerName) {
        this.id = id.value();
        this.plan = plan;
        this.position = position;
        this.status = TrajectoryStatus.NOT_MEASURED;
        set(details, ownerName);
    }

    void set(BenefitDetails details, String ownerName) {
        this.title = details.title();
        this.description = details.description();
        this.type = details.type();
        this.priced = details.priced();
        this.quantitative = details.quantitative();
        this.indicator = details.indicator();
        this.unit = details.unit();
        this.method = details.method();
        this.baselineValue = details.baselineValue();
        this.baselineOn = details.baselineOn();
        this.baselineSource = details.baselineSource();
        this.targetValue = details.targetValue();
        this.targetOn = details.targetOn();
        this.schedule = details.schedule();
        this.ownerId = details.owner().value();
        this.ownerName = ownerName;
        this.preconditions = details.preconditions();
        this.actions = details.actions();
        this.risks = details.risks();
        this.mandateGoal = details.mandateGoal();
        this.plannedNok =
                details.plannedNok() == null ? null : details.plannedNok().kroner();
        this.leadsTo = details.leadsTo().stream().map(BenefitId::toString).collect(Collectors.joining(","));
        reassess();
    }

    /** A measurement taken: it becomes the latest when it is not older than the latest so far. */
    void measured(BigDecimal value, LocalDate on) {
        if (latestOn == null || !on.isBefore(latestOn)) {
            latestValue = value;
            latestOn = on;
        }
        reassess();
    }

    /** The latest measurement after the measurements were changed, as the repository found it. */
    void latest(@Nullable BigDecimal value, @Nullable LocalDate on) {
        latestValue = value;
        latestOn = on;
        reassess();
    }

    private void reassess() {
        Trajectory trajectory = trajectory();
        status = trajectory == null || latestValue == null || latestOn == null
                ? TrajectoryStatus.NOT_MEASURED
                : trajectory.status(latestValue, latestOn);
        Money realised = figure().realisedNok();
        realisedNok = realised == null ? null : realised.kroner();
        LocalDate last = latestOn != null ? latestOn : baselineOn;
        nextDue = quantitative && last != null && status != TrajectoryStatus.REALISED ? schedule.nextAfter(last) : null;
    }

    @Nullable
    Trajectory trajectory() {
        return quantitative ? Trajectory.of(baselineValue, baselineOn, targetValue, targetOn) : null;
    }

    BenefitFiguresChanged.Figure figure() {
        Money planned = plannedNok();
        Trajectory trajectory = trajectory();
        Money realised = planned != null && trajectory != null && latestValue != null
                ? trajectory.realised(planned, latestValue)
                : null;
        return new BenefitFiguresChanged.Figure(
                id().toString(),
                title,
                type,
                indicator,
                unit,
                baselineValue,
                targetValue,
                targetOn,
                latestValue,
                latestOn,
                status,
                planned,
                realised);
    }

    // ---- reading ----

    BenefitId id() {
        return new BenefitId(id);
    }

    BenefitPlan plan() {
        return plan;
    }

    int position() {
        return position;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    BenefitType type() {
        return type;
    }

    boolean priced() {
        return priced;
    }

    boolean quantitative() {
        return quantitative;
    }

    String indicator() {
        return indicator;
    }

    String unit() {
        return unit;
    }

    String method() {
        return method;
    }

    @Nullable
    BigDecimal baselineValue() {
        return baselineValue;
    }

    @Nullable
    LocalDate baselineOn() {
        return baselineOn;
    }

    String baselineSource() {
        return baselineSource;
    }

    @Nullable
    BigDecimal targetValue() {
        return targetValue;
    }

    @Nullable
    LocalDate targetOn() {
        return targetOn;
    }

    MeasurementSchedule schedule() {
        return schedule;
    }

    PersonId owner() {
        return new PersonId(ownerId);
    }

    String ownerName() {
        return ownerName;
    }

    String preconditions() {
        return preconditions;
    }

    String actions() {
        return actions;
    }

    String risks() {
        return risks;
    }

    String mandateGoal() {
        return mandateGoal;
    }

    @Nullable
    Money plannedNok() {
        return plannedNok == null ? null : Money.nok(plannedNok);
    }

    List<BenefitId> leadsTo() {
        return leadsTo.isBlank()
                ? List.of()
                : Arrays.stream(leadsTo.split(",")).map(BenefitId::of).toList();
    }

    @Nullable
    BigDecimal latestValue() {
        return latestValue;
    }

    @Nullable
    LocalDate latestOn() {
        return latestOn;
    }

    @Nullable
    LocalDate nextDue() {
        return nextDue;
    }

    /** Whether the owner is to be reminded today of a measurement that is due; true once per due date. */
    boolean remind(LocalDate today) {
        LocalDate due = nextDue;
        if (due == null || due.isAfter(today) || due.equals(remindedFor)) {
            return false;
        }
        remindedFor = due;
        return true;
    }

    TrajectoryStatus status() {
        return status;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
