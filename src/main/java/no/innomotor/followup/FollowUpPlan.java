package no.innomotor.followup;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.innomotor.followup.FollowUpEvents.ActivityAdded;
import no.innomotor.followup.FollowUpEvents.GoalsChanged;
import no.innomotor.followup.FollowUpEvents.NextStepAdded;
import no.innomotor.followup.FollowUpEvents.NextStepDone;
import no.innomotor.followup.FollowUpEvents.OutcomeAdded;
import no.innomotor.followup.FollowUpEvents.PlanClosed;
import no.innomotor.followup.FollowUpEvents.PlanCommented;
import no.innomotor.followup.FollowUpEvents.PlanCreated;
import no.innomotor.followup.FollowUpExceptions.NotYourStep;
import no.innomotor.followup.FollowUpExceptions.StepNotFound;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An adviser's follow-up plan for one supplier company: goals, activities, next steps, outcomes and comments. Every
 * change goes through the plan, so each one raises the plan's version (a child added counts as a change of the plan,
 * Hibernate's default for an owned collection) and two people saving at once meet a conflict instead of one
 * overwriting the other. {@code changedAt} is the time of the adviser's last change, which the company's people have
 * not read until they open the plan after it.
 */
@Entity
@Table(name = "followup_plan")
class FollowUpPlan extends AbstractAggregateRoot<FollowUpPlan> {

    static final int BATCH = 50;

    @Id
    private UUID id;

    @Column(name = "company_id", nullable = false)
    private UUID companyId;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlanStatus status;

    /** The company while the plan is open, empty once closed: a unique key, so a company has one open plan. */
    @Column(name = "open_company_id")
    private @Nullable UUID openCompanyId;

    @Column(name = "goal_markets", nullable = false, columnDefinition = "text")
    private String goalMarkets;

    @Column(name = "goal_three_year", nullable = false, columnDefinition = "text")
    private String goalThreeYear;

    @Column(name = "goal_help", nullable = false, columnDefinition = "text")
    private String goalHelp;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** A wrapper, so a new plan is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = BATCH)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("heldOn desc, recordedAt desc")
    private List<PlanActivity> activities = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = BATCH)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("dueOn, recordedAt")
    private List<NextStep> steps = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = BATCH)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("reachedOn desc, recordedAt desc")
    private List<PlanOutcome> outcomes = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = BATCH)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("writtenAt")
    private List<PlanComment> comments = new ArrayList<>();

    protected FollowUpPlan() {}

    FollowUpPlan(PlanId id, OrganisationId company, String companyName, Goals goals, PersonId by, Instant now) {
        this.id = id.value();
        this.companyId = company.value();
        this.companyName = companyName;
        this.status = PlanStatus.OPEN;
        this.openCompanyId = company.value();
        setGoals(goals);
        this.createdBy = by.value();
        this.createdAt = truncated(now);
        this.changedAt = createdAt;
        registerEvent(new PlanCreated(by, company, id, companyName));
    }

    // ---- what the adviser does ----

    /** Changes the goals from the version the adviser saw; a newer version refuses (409). */
    void changeGoals(Goals goals, long expectedVersion, PersonId by, Instant now) {
        open();
        if (expectedVersion != version()) {
            throw new PlanChangedConcurrently(id());
        }
        setGoals(goals);
        changed(now);
        registerEvent(new GoalsChanged(by, company(), id(), companyName));
    }

    void addActivity(
            ActivityKind kind, LocalDate on, String description, String participants, PersonId by, Instant now) {
        open();
        activities.add(new PlanActivity(kind, on, description, participants, by, truncated(now)));
        changed(now);
        registerEvent(new ActivityAdded(by, company(), id(), companyName, kind, on));
    }

    StepId addStep(String text, LocalDate due, Responsible responsible, PersonId by, Instant now) {
        open();
        NextStep step = new NextStep(text, due, responsible, by, truncated(now));
        steps.add(step);
        changed(now);
        registerEvent(new NextStepAdded(by, company(), id(), companyName, step.id(), responsible, due));
        return step.id();
    }

    /**
     * Marks a step done. The adviser marks any step; the company's people ({@code byCompany}) only the steps that are
     * theirs. A step done already stays as it was, and nothing is recorded.
     */
    void markDone(StepId stepId, boolean byCompany, PersonId by, Instant now) {
        open();
        NextStep step = steps.stream()
                .filter(s -> s.id().equals(stepId))
                .findFirst()
                .orElseThrow(() -> new StepNotFound(stepId));
        if (byCompany && step.responsible() != Responsible.SUPPLIER) {
            throw new NotYourStep(stepId);
        }
        if (step.markDone(by, truncated(now))) {
            if (!byCompany) {
                changed(now);
            }
            registerEvent(new NextStepDone(by, company(), id(), companyName, stepId));
        }
    }

    void addOutcome(String text, LocalDate on, PersonId by, Instant now) {
        open();
        outcomes.add(new PlanOutcome(text, on, by, truncated(now)));
        changed(now);
        registerEvent(new OutcomeAdded(by, company(), id(), companyName));
    }

    void close(long expectedVersion, PersonId by, Instant now) {
        open();
        if (expectedVersion != version()) {
            throw new PlanChangedConcurrently(id());
        }
        status = PlanStatus.CLOSED;
        openCompanyId = null;
        changed(now);
        registerEvent(new PlanClosed(by, company(), id(), companyName));
    }

    // ---- what both sides do ----

    /** A comment; the company's own comment is no change the company has still to read. */
    void comment(String text, boolean fromCompany, PersonId by, String byName, Instant now) {
        open();
        comments.add(new PlanComment(text, by, byName, fromCompany, truncated(now)));
        if (!fromCompany) {
            changed(now);
        }
        registerEvent(new PlanCommented(by, company(), id(), companyName, fromCompany, keeper()));
    }

    // ---- reading ----

    PlanId id() {
        return new PlanId(id);
    }

    OrganisationId company() {
        return new OrganisationId(companyId);
    }

    String companyName() {
        return companyName;
    }

    PlanStatus status() {
        return status;
    }

    /** The adviser who made the plan, told when the company comments. */
    PersonId keeper() {
        return new PersonId(createdBy);
    }

    Instant changedAt() {
        return changedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }

    Goals goals() {
        return new Goals(goalMarkets, goalThreeYear, goalHelp);
    }

    List<ActivityView> activities() {
        return activities.stream().map(PlanActivity::view).toList();
    }

    List<StepView> steps(LocalDate today) {
        return steps.stream().map(s -> s.view(today)).toList();
    }

    List<OutcomeView> outcomes() {
        return outcomes.stream().map(PlanOutcome::view).toList();
    }

    List<CommentView> comments() {
        return comments.stream().map(PlanComment::view).toList();
    }

    /** The open steps, earliest due first. */
    List<StepView> openSteps(LocalDate today) {
        return steps.stream()
                .filter(s -> !s.done())
                .sorted(Comparator.comparing(NextStep::due))
                .map(s -> s.view(today))
                .toList();
    }

    /** The events registered since the repository last saved the plan, oldest first. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    private void open() {
        if (status != PlanStatus.OPEN) {
            throw new FollowUpExceptions.PlanClosed(id());
        }
    }

    private void setGoals(Goals goals) {
        this.goalMarkets = goals.targetMarkets();
        this.goalThreeYear = goals.threeYearGoal();
        this.goalHelp = goals.helpWanted();
    }

    private void changed(Instant now) {
        this.changedAt = truncated(now);
    }

    private static Instant truncated(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }
}
