package no.innomotor.riskrelief;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innomotor.projects.ProjectId;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationDecided;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationSubmitted;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationWithdrawn;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import no.innomotor.riskrelief.RiskReliefExceptions.ChangedConcurrently;
import no.innomotor.riskrelief.RiskReliefExceptions.MilestoneNotFound;
import no.innomotor.riskrelief.RiskReliefExceptions.Refused;
import no.innomotor.riskrelief.RiskReliefExceptions.WrongState;
import no.innomotor.riskrelief.RiskReliefFlowEvents.ApplicationDrafted;
import no.innomotor.riskrelief.RiskReliefFlowEvents.ApplicationEdited;
import no.innomotor.riskrelief.RiskReliefFlowEvents.AssessmentSubmitted;
import no.innomotor.riskrelief.RiskReliefFlowEvents.AssessorAssigned;
import no.innomotor.riskrelief.RiskReliefFlowEvents.ConflictDeclared;
import no.innomotor.riskrelief.RiskReliefFlowEvents.FileAttached;
import no.innomotor.riskrelief.RiskReliefFlowEvents.FinalReportSubmitted;
import no.innomotor.riskrelief.RiskReliefFlowEvents.MilestoneReported;
import no.innomotor.riskrelief.RiskReliefFlowEvents.PayoutApproved;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An application to a risk-relief scheme, tied to a project, by a buyer for its own project or by a supplier company
 * for a published one. The applicant drafts, submits and may withdraw it until it is decided; the scheme's owner
 * assigns assessors, who declare conflicts of interest before they score; the owner then decides it, and pays out
 * against the milestones the applicant reports on. Every change is an event and a line in the history the applicant
 * sees; the version refuses a change made from an older one.
 */
@Entity
@Table(name = "riskrelief_application")
class RiskReliefApplication extends AbstractAggregateRoot<RiskReliefApplication> {

    static final int BATCH = 50;

    @Id
    private UUID id;

    @Column(name = "scheme_id", nullable = false)
    private UUID schemeId;

    @Column(name = "scheme_name", nullable = false, length = 200)
    private String schemeName;

    @Column(name = "scheme_owner_id", nullable = false)
    private UUID schemeOwnerId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "project_title", nullable = false, length = 300)
    private String projectTitle;

    @Column(name = "project_need", nullable = false, columnDefinition = "text")
    private String projectNeed;

    @Column(name = "project_owner_name", nullable = false, length = 200)
    private String projectOwnerName;

    @Column(name = "project_value")
    private @Nullable Long projectValue;

    @Column(name = "project_step")
    private @Nullable Integer projectStep;

    @Column(name = "applicant_id", nullable = false)
    private UUID applicantId;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 10)
    private ApplicantKind applicantKind;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_by")
    private @Nullable UUID submittedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ApplicationStatus status;

    @Column(name = "amount_requested", nullable = false)
    private long amountRequested;

    @Column(name = "period_start")
    private @Nullable LocalDate periodStart;

    @Column(name = "period_end")
    private @Nullable LocalDate periodEnd;

    @Column(nullable = false, columnDefinition = "text")
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Outcome outcome;

    @Column(name = "amount_granted")
    private @Nullable Long amountGranted;

    /** The conditions, one a line. */
    @Column(columnDefinition = "text")
    private @Nullable String conditions;

    @Column(name = "decided_by")
    private @Nullable UUID decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column
    private byte @Nullable [] letter;

    @Column(name = "letter_language", length = 5)
    private @Nullable String letterLanguage;

    @Column(name = "final_report", columnDefinition = "text")
    private @Nullable String finalReport;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "riskrelief_application_category", joinColumns = @JoinColumn(name = "application_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30)
    @BatchSize(size = BATCH)
    private Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);

    @ElementCollection
    @CollectionTable(name = "riskrelief_answer", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "text", columnDefinition = "text")
    @BatchSize(size = BATCH)
    private Map<UUID, String> answers = new HashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("at")
    @BatchSize(size = BATCH)
    private List<HistoryEntry> history = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("assignedAt")
    @BatchSize(size = BATCH)
    private List<Assignment> assignments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("position")
    @BatchSize(size = BATCH)
    private List<Milestone> milestones = new ArrayList<>();

    protected RiskReliefApplication() {}

    /** The project's facts as they were when the application was started, shown read-only to everyone. */
    record ProjectFacts(
            ProjectId project,
            String title,
            String need,
            String ownerName,
            @Nullable Long estimatedValue,
            @Nullable Integer step) {}

    RiskReliefApplication(
            ApplicationId id,
            Scheme scheme,
            ProjectFacts project,
            OrganisationId applicant,
            String applicantName,
            ApplicantKind kind,
            ApplicationInput input,
            PersonId by,
            String byName,
            Instant now) {
        this.id = id.value();
        this.schemeId = scheme.id().value();
        this.schemeName = scheme.name();
        this.schemeOwnerId = scheme.owner().value();
        this.projectId = project.project().value();
        this.projectTitle = project.title();
        this.projectNeed = project.need();
        this.projectOwnerName = project.ownerName();
        this.projectValue = project.estimatedValue();
        this.projectStep = project.step();
        this.applicantId = applicant.value();
        this.applicantName = applicantName;
        this.applicantKind = kind;
        this.createdBy = by.value();
        this.createdAt = truncated(now);
        this.status = ApplicationStatus.DRAFT;
        set(input, scheme);
        history("drafted", byName, now);
        registerEvent(new ApplicationDrafted(by, applicant(), id.toString(), schemeName, schemeOwner(), project()));
    }

    // ---- the applicant ----

    void edit(ApplicationInput input, Scheme scheme, long expectedVersion, PersonId by, String byName, Instant now) {
        requireStatus(ApplicationStatus.DRAFT, "riskrelief.error.notDraft");
        expect(expectedVersion);
        set(input, scheme);
        history("edited", byName, now);
        registerEvent(new ApplicationEdited(by, applicant(), id.toString(), schemeName, schemeOwner(), project()));
    }

    /** Submits a complete draft before the scheme's deadline; what is missing is refused beside its field. */
    void submit(Scheme scheme, PersonId by, String byName, LocalDate today, Instant now) {
        requireStatus(ApplicationStatus.DRAFT, "riskrelief.error.notDraft");
        if (!scheme.open(today)) {
            throw new Refused("riskrelief.error.deadlinePassed", "", "Scheme " + scheme.id() + " is closed");
        }
        if (amountRequested <= 0) {
            throw new Refused("riskrelief.error.amountRequired", "amountRequested", "No amount");
        }
        if (periodStart == null || periodEnd == null) {
            throw new Refused("riskrelief.error.periodRequired", "periodStart", "No period");
        }
        if (categories.isEmpty()) {
            throw new Refused("riskrelief.error.applicationCategories", "categories", "No cost categories");
        }
        if (summary.isBlank()) {
            throw new Refused("riskrelief.error.summaryRequired", "summary", "No summary");
        }
        for (Criterion criterion : scheme.criteria()) {
            String answer = answers.get(criterion.id());
            if (answer == null || answer.isBlank()) {
                throw new Refused(
                        "riskrelief.error.answerRequired", "answers[" + criterion.id() + "]", "Criterion not answered");
            }
        }
        status = ApplicationStatus.SUBMITTED;
        submittedBy = by.value();
        submittedAt = truncated(now);
        history("submitted", byName, now);
        registerEvent(new ApplicationSubmitted(
                by,
                applicant(),
                id.toString(),
                schemeId.toString(),
                schemeName,
                schemeOwner(),
                project(),
                scheme.kind() == SchemeKind.FINANCIAL ? Money.nok(amountRequested) : Money.ZERO_NOK,
                periodStart,
                periodEnd,
                categories));
    }

    void withdraw(long expectedVersion, PersonId by, String byName, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, "riskrelief.error.notWithdrawable");
        expect(expectedVersion);
        status = ApplicationStatus.WITHDRAWN;
        history("withdrawn", byName, now);
        registerEvent(new ApplicationWithdrawn(
                by, applicant(), id.toString(), schemeId.toString(), schemeName, schemeOwner(), project()));
    }

    void attached(String filename, PersonId by, String byName, Instant now) {
        if (status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.CLOSED) {
            throw new WrongState("riskrelief.error.closed", "Application " + id + " is " + status);
        }
        history("fileAttached", byName, now);
        registerEvent(new FileAttached(by, applicant(), id.toString(), schemeName, schemeOwner(), project(), filename));
    }

    void reportMilestone(MilestoneId milestoneId, String text, PersonId by, String byName, Instant now) {
        requireStatus(ApplicationStatus.DECIDED, "riskrelief.error.notDecided");
        Milestone milestone = milestone(milestoneId);
        if (milestone.paid()) {
            throw new WrongState("riskrelief.error.milestonePaid", "Milestone " + milestoneId + " is paid");
        }
        milestone.report(text, by, truncated(now));
        history("milestoneReported", byName, now);
        registerEvent(new MilestoneReported(
                by, applicant(), id.toString(), schemeName, schemeOwner(), project(), milestone.name()));
    }

    /** The final report closes the application; every milestone is reported first. */
    void finalReport(String text, PersonId by, String byName, Instant now) {
        requireStatus(ApplicationStatus.DECIDED, "riskrelief.error.notDecided");
        if (outcome == Outcome.REJECTED) {
            throw new WrongState("riskrelief.error.rejectedNoReport", "Application " + id + " was rejected");
        }
        if (milestones.stream().anyMatch(m -> !m.reported())) {
            throw new Refused("riskrelief.error.milestonesOpen", "finalReport", "Milestones not reported");
        }
        finalReport = text;
        closedAt = truncated(now);
        status = ApplicationStatus.CLOSED;
        history("closed", byName, now);
        registerEvent(new FinalReportSubmitted(by, applicant(), id.toString(), schemeName, schemeOwner(), project()));
    }

    // ---- the owner and the assessors ----

    void assign(PersonId assessor, String assessorName, PersonId by, String byName, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, "riskrelief.error.notSubmitted");
        if (assignment(assessor).isPresent()) {
            throw new Refused("riskrelief.error.alreadyAssigned", "assessor", "Assessor assigned already");
        }
        if (assessor.equals(by)) {
            // Nobody assigns themselves: a role or an assessment never comes from the person it would serve.
            throw new Refused("riskrelief.error.selfAssigned", "assessor", "Assigning oneself");
        }
        assignments.add(new Assignment(assessor, assessorName, by, truncated(now)));
        history("assessorAssigned", byName, now);
        registerEvent(new AssessorAssigned(
                by, applicant(), id.toString(), schemeName, schemeOwner(), project(), assessor, assessorName));
    }

    void declare(PersonId assessor, boolean conflict, String reason, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, "riskrelief.error.notSubmitted");
        Assignment assignment = activeAssignment(assessor);
        if (assignment.declared()) {
            throw new WrongState("riskrelief.error.alreadyDeclared", "Declared already");
        }
        if (conflict && reason.isBlank()) {
            throw new Refused("riskrelief.error.reasonRequired", "reason", "A conflict has a reason");
        }
        assignment.declare(conflict, reason.strip(), truncated(now));
        registerEvent(new ConflictDeclared(
                assessor, applicant(), id.toString(), schemeName, schemeOwner(), project(), conflict));
    }

    void assess(PersonId assessor, Scheme scheme, AssessmentInput input, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, "riskrelief.error.notSubmitted");
        Assignment assignment = activeAssignment(assessor);
        if (!assignment.declared()) {
            throw new Refused("riskrelief.error.declareFirst", "", "Declare conflicts first");
        }
        if (assignment.submitted()) {
            throw new WrongState("riskrelief.error.alreadyAssessed", "Assessed already");
        }
        Map<UUID, Assignment.Score> scores = new HashMap<>();
        for (Criterion criterion : scheme.criteria()) {
            AssessmentInput.Score score = input.scores().get(criterion.id().toString());
            String field = "scores[" + criterion.id() + "]";
            if (score == null || score.score() < 0 || score.score() > 10) {
                throw new Refused("riskrelief.error.scoreRange", field, "Score 0-10");
            }
            if (score.justification().isBlank()) {
                throw new Refused(
                        "riskrelief.error.justificationRequired", "justifications[" + criterion.id() + "]", "");
            }
            scores.put(
                    criterion.id(),
                    new Assignment.Score(score.score(), score.justification().strip()));
        }
        assignment.submit(scores, input.recommendation(), input.overall().strip(), truncated(now));
        registerEvent(
                new AssessmentSubmitted(assessor, applicant(), id.toString(), schemeName, schemeOwner(), project()));
    }

    /**
     * Decides the application. The decider is none of its assessors (also not one who declared a conflict); at least
     * two assessors without a conflict have submitted; the amount and milestones fit the outcome. The ledger is the
     * service's: it commits the amount first, in the same transaction.
     */
    void decide(
            DecisionInput decision,
            long expectedVersion,
            PersonId by,
            String byName,
            Instant now,
            LocalDate periodStartFallback) {
        requireStatus(ApplicationStatus.SUBMITTED, "riskrelief.error.notSubmitted");
        expect(expectedVersion);
        checkDecision(decision, by);
        outcome = decision.outcome();
        amountGranted = decision.amountGranted();
        conditions = String.join("\n", decision.conditions());
        decidedBy = by.value();
        decidedAt = truncated(now);
        status = ApplicationStatus.DECIDED;
        int position = 0;
        for (DecisionInput.MilestoneInput m : decision.milestones()) {
            milestones.add(new Milestone(position++, m.name().strip(), m.due(), m.amount()));
        }
        history("decided", byName, now);
        LocalDate start = periodStart == null ? periodStartFallback : periodStart;
        LocalDate end = periodEnd == null ? start : periodEnd;
        registerEvent(new ApplicationDecided(
                by,
                applicant(),
                id.toString(),
                schemeId.toString(),
                schemeName,
                schemeOwner(),
                project(),
                outcome,
                financialAmount(decision.amountGranted()),
                start,
                end,
                categories,
                decision.conditions()));
    }

    /** The checks of {@link #decide} that need no change: the service runs them before it touches the ledger. */
    void checkDecision(DecisionInput decision, PersonId by) {
        requireStatus(ApplicationStatus.SUBMITTED, "riskrelief.error.notSubmitted");
        if (assignments.stream().anyMatch(a -> a.assessor().equals(by))) {
            throw new Refused("riskrelief.error.deciderAssessed", "", "The decider is an assessor");
        }
        if (consolidatedCount() < 2) {
            throw new Refused("riskrelief.error.twoAssessments", "", "Fewer than two assessments");
        }
        long sum = decision.milestones().stream()
                .mapToLong(DecisionInput.MilestoneInput::amount)
                .sum();
        switch (decision.outcome()) {
            case APPROVED -> {
                if (decision.amountGranted() != amountRequested) {
                    throw new Refused("riskrelief.error.fullAmount", "amountGranted", "Full approval");
                }
            }
            case APPROVED_IN_PART -> {
                if (decision.amountGranted() <= 0 || decision.amountGranted() >= amountRequested) {
                    throw new Refused("riskrelief.error.partAmount", "amountGranted", "Part approval");
                }
            }
            case REJECTED -> {
                if (decision.amountGranted() != 0 || !decision.milestones().isEmpty()) {
                    throw new Refused("riskrelief.error.rejectNothing", "amountGranted", "Rejection grants nothing");
                }
            }
        }
        if (decision.outcome() != Outcome.REJECTED) {
            if (decision.milestones().isEmpty()) {
                throw new Refused("riskrelief.error.milestonesRequired", "milestones", "No milestones");
            }
            if (sum != decision.amountGranted()) {
                throw new Refused("riskrelief.error.milestonesSum", "milestones", "Milestones sum " + sum, sum);
            }
        }
    }

    void letter(byte[] pdf, String language) {
        this.letter = pdf.clone();
        this.letterLanguage = language;
    }

    /** Marks the milestone paid; the service pays it out of the ledger in the same transaction. */
    Milestone pay(MilestoneId milestoneId, PersonId by, String byName, Instant now) {
        requireStatus(ApplicationStatus.DECIDED, "riskrelief.error.notDecided");
        Milestone milestone = milestone(milestoneId);
        if (milestone.paid()) {
            throw new WrongState("riskrelief.error.milestonePaid", "Milestone " + milestoneId + " is paid");
        }
        if (!milestone.reported()) {
            throw new Refused("riskrelief.error.reportFirst", "", "Milestone not reported");
        }
        milestone.pay(by, truncated(now));
        history("paid", byName, now);
        registerEvent(new PayoutApproved(
                by,
                applicant(),
                id.toString(),
                schemeName,
                schemeOwner(),
                project(),
                milestone.name(),
                milestone.amount()));
        return milestone;
    }

    // ---- reading ----

    ApplicationId id() {
        return new ApplicationId(id);
    }

    SchemeId scheme() {
        return new SchemeId(schemeId);
    }

    String schemeName() {
        return schemeName;
    }

    OrganisationId schemeOwner() {
        return new OrganisationId(schemeOwnerId);
    }

    ProjectId project() {
        return new ProjectId(projectId);
    }

    String projectTitle() {
        return projectTitle;
    }

    OrganisationId applicant() {
        return new OrganisationId(applicantId);
    }

    String applicantName() {
        return applicantName;
    }

    ApplicantKind applicantKind() {
        return applicantKind;
    }

    ApplicationStatus status() {
        return status;
    }

    long amountRequested() {
        return amountRequested;
    }

    @Nullable
    LocalDate periodStart() {
        return periodStart;
    }

    @Nullable
    LocalDate periodEnd() {
        return periodEnd;
    }

    /** The person whose language the decision letter is written in: who submitted, else who started it. */
    PersonId applicantPerson() {
        return new PersonId(submittedBy != null ? submittedBy : createdBy);
    }

    @Nullable
    Outcome outcome() {
        return outcome;
    }

    long amountGranted() {
        return amountGranted == null ? 0 : amountGranted;
    }

    List<String> conditions() {
        return conditions == null || conditions.isBlank()
                ? List.of()
                : Arrays.stream(conditions.split("\n")).toList();
    }

    @Nullable
    Instant decidedAt() {
        return decidedAt;
    }

    @Nullable
    Instant submittedAt() {
        return submittedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    byte @Nullable [] letterPdf() {
        return letter == null ? null : letter.clone();
    }

    long version() {
        return version == null ? 0 : version;
    }

    Set<CostCategory> categories() {
        return categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
    }

    List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    Optional<Assignment> assignment(PersonId person) {
        return assignments.stream().filter(a -> a.assessor().equals(person)).findFirst();
    }

    /** Whether the person declared a conflict on this application: then it is closed to them, also as owner. */
    boolean conflicted(PersonId person) {
        return assignment(person).map(Assignment::conflicted).orElse(false);
    }

    /** The assessors who may still assess: assigned and without a declared conflict. */
    long activeAssessors() {
        return assignments.stream().filter(a -> !a.conflicted()).count();
    }

    int consolidatedCount() {
        return (int) assignments.stream()
                .filter(a -> !a.conflicted() && a.submitted())
                .count();
    }

    ApplicationView.@Nullable Consolidated consolidated(Map<UUID, Integer> weights) {
        List<Assignment> done = assignments.stream()
                .filter(a -> !a.conflicted() && a.submitted())
                .toList();
        if (done.size() < 2) {
            return null;
        }
        double mean = done.stream()
                .mapToDouble(a -> a.weightedTotal(weights))
                .average()
                .orElse(0);
        Map<Recommendation, Integer> votes = new java.util.EnumMap<>(Recommendation.class);
        done.forEach(a -> votes.merge(a.recommendation(), 1, Integer::sum));
        // Most votes wins; on a tie the more cautious recommendation (reject before in part before in full).
        Recommendation chosen = Recommendation.REJECT;
        int best = -1;
        for (Recommendation r :
                List.of(Recommendation.REJECT, Recommendation.APPROVE_IN_PART, Recommendation.APPROVE)) {
            int count = votes.getOrDefault(r, 0);
            if (count > best) {
                best = count;
                chosen = r;
            }
        }
        return new ApplicationView.Consolidated(done.size(), Math.round(mean * 10) / 10.0, chosen);
    }

    Map<UUID, String> answers() {
        return Map.copyOf(answers);
    }

    String summary() {
        return summary;
    }

    List<ApplicationView.History> history() {
        return history.stream().map(HistoryEntry::view).toList();
    }

    String projectNeed() {
        return projectNeed;
    }

    String projectOwnerName() {
        return projectOwnerName;
    }

    @Nullable
    Long projectValue() {
        return projectValue;
    }

    @Nullable
    Integer projectStep() {
        return projectStep;
    }

    @Nullable
    String finalReport() {
        return finalReport;
    }

    @Nullable
    Instant closedAt() {
        return closedAt;
    }

    Milestone milestone(MilestoneId milestoneId) {
        return milestones.stream()
                .filter(m -> m.id().equals(milestoneId))
                .findFirst()
                .orElseThrow(() -> new MilestoneNotFound(milestoneId));
    }

    private Money financialAmount(long amount) {
        return amount == 0 ? Money.ZERO_NOK : Money.nok(amount);
    }

    private Assignment activeAssignment(PersonId assessor) {
        return assignment(assessor)
                .filter(a -> !a.conflicted())
                .orElseThrow(() -> new RiskReliefExceptions.ApplicationNotFound(id()));
    }

    private void set(ApplicationInput input, Scheme scheme) {
        if (input.amountRequested() < 0) {
            throw new Refused("riskrelief.error.amountRequired", "amountRequested", "Negative amount");
        }
        if (input.periodStart() != null
                && input.periodEnd() != null
                && input.periodEnd().isBefore(input.periodStart())) {
            throw new Refused("riskrelief.error.periodOrder", "periodEnd", "Period ends before it starts");
        }
        if (!scheme.categories().containsAll(input.categories())) {
            throw new Refused("riskrelief.error.categoryNotCovered", "categories", "Category not covered");
        }
        this.amountRequested = input.amountRequested();
        this.periodStart = input.periodStart();
        this.periodEnd = input.periodEnd();
        this.summary = input.summary().strip();
        categories.clear();
        categories.addAll(input.categories());
        answers.clear();
        for (Criterion criterion : scheme.criteria()) {
            String text = input.answers().get(criterion.id().toString());
            if (text != null && !text.isBlank()) {
                answers.put(criterion.id(), text.strip());
            }
        }
    }

    private void requireStatus(ApplicationStatus required, String key) {
        if (status != required) {
            throw new WrongState(key, "Application " + id + " is " + status + ", not " + required);
        }
    }

    private void expect(long expectedVersion) {
        if (expectedVersion != version()) {
            throw new ChangedConcurrently(id());
        }
    }

    private void history(String what, String byName, Instant now) {
        history.add(new HistoryEntry(what, byName, truncated(now)));
    }

    private static Instant truncated(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }
}
