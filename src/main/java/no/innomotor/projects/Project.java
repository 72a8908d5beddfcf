package no.innomotor.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * An innovative procurement project and its roadmap: eight steps, each with a checklist, notes and a gate, and the
 * mandate versions its top leader signs. Every change goes through a method that names it and refuses what the
 * roadmap does not allow.
 *
 * <p>Title and need are indexed with the Norwegian analyser (norwegian, configured by the platform's
 * {@code NorwegianAnalysis}); the list filters are indexed as exact values.
 */
@Entity
@Table(name = "project")
@Indexed(index = "project")
class Project {

    static final int MAX_TITLE = 200;
    static final int MAX_NEED = 10_000;
    static final int MAX_CPV = 20;
    static final int MAX_STOP_REASON = 2_000;

    @Id
    private UUID id;

    @FullTextField(analyzer = "norwegian")
    @FullTextField(name = "title_parts", analyzer = "norwegian_parts", searchAnalyzer = "norwegian_parts_query")
    @KeywordField(name = "titleSort", normalizer = "sort", sortable = Sortable.YES)
    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @FullTextField(analyzer = "norwegian")
    @FullTextField(name = "need_parts", analyzer = "norwegian_parts", searchAnalyzer = "norwegian_parts_query")
    @Column(nullable = false, columnDefinition = "text")
    private String need;

    @GenericField
    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "estimated_value_nok", nullable = false)
    private long estimatedValueNok;

    @Column(name = "nuts_code", nullable = false, length = 10)
    private String nutsCode;

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_type", nullable = false, length = 50)
    private ProcedureType procedure;

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @GenericField
    @Column(name = "current_step", nullable = false)
    private int currentStep;

    @Column(name = "stop_reason", columnDefinition = "text")
    private @Nullable String stopReason;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Checklist work touches this too; only a change of the facts or the roadmap position bumps the version. */
    @OptimisticLock(excluded = true)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** A wrapper, so a new aggregate is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "project_cpv", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "code", nullable = false, length = 8)
    private List<String> cpvCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_team_member", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "person_id", nullable = false)
    private Set<UUID> team = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("number")
    @OptimisticLock(excluded = true)
    private List<ProjectStep> steps = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("versionNumber")
    @OptimisticLock(excluded = true)
    private List<Mandate> mandates = new ArrayList<>();

    protected Project() {}

    /** A new project starts in step 1 with every step's checklist seeded from the roadmap guidance. */
    Project(ProjectId id, OrganisationId organisation, ProjectFacts facts, PersonId creator, Instant now) {
        this.id = id.value();
        this.organisationId = organisation.value();
        this.status = ProjectStatus.ACTIVE;
        this.currentStep = RoadmapStep.FIRST;
        this.createdBy = creator.value();
        this.createdAt = now;
        applyFacts(facts, now);
        // A project always has a team: when nobody was chosen, its creator is the team.
        if (team.isEmpty()) {
            this.team.add(creator.value());
        }
        for (RoadmapStep step : RoadmapStep.values()) {
            steps.add(new ProjectStep(step));
        }
    }

    void changeFacts(ProjectFacts facts, long expectedVersion, Instant now) {
        if (expectedVersion != version()) {
            throw new ProjectChangedConcurrently(id());
        }
        if (status.isFinal()) {
            throw new ProjectNotActive(id(), status);
        }
        applyFacts(facts, now);
    }

    private void applyFacts(ProjectFacts facts, Instant now) {
        if (facts.title().isEmpty() || facts.title().length() > MAX_TITLE) {
            throw new IllegalArgumentException("A project title has 1 to " + MAX_TITLE + " characters");
        }
        if (facts.need().isEmpty() || facts.need().length() > MAX_NEED) {
            throw new IllegalArgumentException("A project need has 1 to " + MAX_NEED + " characters");
        }
        if (facts.cpvCodes().isEmpty() || facts.cpvCodes().size() > MAX_CPV) {
            throw new IllegalArgumentException("A project has 1 to " + MAX_CPV + " CPV codes");
        }
        this.title = facts.title();
        this.need = facts.need();
        this.estimatedValueNok = facts.estimatedValue().kroner();
        this.cpvCodes.clear();
        this.cpvCodes.addAll(facts.cpvCodes());
        this.nutsCode = facts.nutsCode();
        this.procedure = facts.procedure();
        this.team.clear();
        facts.team().forEach(person -> team.add(person.value()));
        this.updatedAt = now;
    }

    // ---- the checklist, notes and due date of a step ----

    ChecklistItem checkItem(int stepNumber, ChecklistItemId itemId, PersonId by, Instant now) {
        ChecklistItem item = editableItem(stepNumber, itemId);
        if (Roadmap.tickedByPlatform(item.guidanceKey())) {
            throw new ChecklistItemTickedByPlatform(itemId);
        }
        item.check(by, now);
        touch(now);
        return item;
    }

    ChecklistItem uncheckItem(int stepNumber, ChecklistItemId itemId, Instant now) {
        ChecklistItem item = editableItem(stepNumber, itemId);
        if (Roadmap.tickedByPlatform(item.guidanceKey())) {
            throw new ChecklistItemTickedByPlatform(itemId);
        }
        item.uncheck();
        touch(now);
        return item;
    }

    ChecklistItem addItem(int stepNumber, String text, PersonId by, Instant now) {
        ChecklistItem item = editableStep(stepNumber).addOwnItem(text, by);
        touch(now);
        return item;
    }

    ChecklistItem removeItem(int stepNumber, ChecklistItemId itemId, Instant now) {
        ProjectStep step = editableStep(stepNumber);
        ChecklistItem item = step.item(itemId).orElseThrow(() -> new ChecklistItemNotFound(itemId));
        if (!item.own() || item.required()) {
            throw new ChecklistItemNotRemovable(itemId);
        }
        step.removeItem(item);
        touch(now);
        return item;
    }

    void updateStepNotes(
            int stepNumber, @Nullable String notes, @Nullable LocalDate dueDate, long expectedVersion, Instant now) {
        editableStep(stepNumber).updateNotes(notes, dueDate, expectedVersion);
        touch(now);
    }

    /** Refuses unless the step can change now: the project is active and the step not completed. */
    void ensureStepEditable(int stepNumber) {
        editableStep(stepNumber);
    }

    private ChecklistItem editableItem(int stepNumber, ChecklistItemId itemId) {
        return editableStep(stepNumber).item(itemId).orElseThrow(() -> new ChecklistItemNotFound(itemId));
    }

    private ProjectStep editableStep(int stepNumber) {
        requireActive();
        ProjectStep step = step(stepNumber);
        if (step.completed()) {
            throw new StepAlreadyCompleted(stepNumber);
        }
        return step;
    }

    // ---- the gate ----

    /** What stands between a step and its completion: open required items, and the mandate signature. */
    record Gate(int step, List<ChecklistItem> openRequiredItems, boolean mandateSigned) {
        boolean open() {
            return openRequiredItems.isEmpty() && mandateSigned;
        }
    }

    Gate gate(int stepNumber) {
        boolean signed = mandateSigned();
        // Until the mandate is signed, the items its signature ticks are not the team's to do: the gate names the
        // missing signature instead.
        List<ChecklistItem> open = step(stepNumber).openRequiredItems().stream()
                .filter(item -> signed || !Roadmap.tickedByPlatform(item.guidanceKey()))
                .toList();
        return new Gate(stepNumber, open, signed);
    }

    /**
     * Completes the current step when its gate is open and moves the project to the next step; completing the last
     * step completes the project. Every step, the first included, needs the newest mandate version signed.
     */
    RoadmapStep completeStep(int stepNumber, PersonId by, Instant now) {
        requireActive();
        ProjectStep step = step(stepNumber);
        if (step.completed()) {
            throw new StepAlreadyCompleted(stepNumber);
        }
        if (stepNumber != currentStep) {
            throw new StepNotCurrent(stepNumber, currentStep);
        }
        Gate gate = gate(stepNumber);
        if (!gate.open()) {
            throw new StepGateNotMet(stepNumber, gate.openRequiredItems().size(), gate.mandateSigned());
        }
        step.complete(by, now);
        if (stepNumber == RoadmapStep.LAST) {
            status = ProjectStatus.COMPLETED;
        } else {
            currentStep = stepNumber + 1;
        }
        touch(now);
        return RoadmapStep.of(stepNumber);
    }

    // ---- the mandate ----

    /**
     * Writes the mandate: revises the newest version while it is an unsigned draft, otherwise starts a new version
     * that needs a new signature. Signed versions are never touched.
     */
    Mandate draftMandate(MandateTerms terms, PersonId by, Instant now) {
        if (status.isFinal()) {
            throw new ProjectNotActive(id(), status);
        }
        Optional<Mandate> newest = newestMandate();
        Mandate mandate;
        if (newest.isPresent() && !newest.get().signed()) {
            mandate = newest.get();
            mandate.revise(terms, by, now);
        } else {
            mandate = new Mandate(newest.map(Mandate::versionNumber).orElse(0) + 1, terms, by, now);
            mandates.add(mandate);
        }
        touch(now);
        return mandate;
    }

    /** The leader signs exactly the version they read; a newer draft or a signed newest version refuses. */
    Mandate signMandate(int versionNumber, PersonId signer, String signerName, Instant now) {
        Mandate newest = unsignedVersionAsRead(versionNumber);
        newest.sign(id(), signer, signerName, now);
        tickPlatformItems(signer, now);
        touch(now);
        return newest;
    }

    /** The buyer puts the newest draft before the top leader; it must be the version they read. */
    Mandate markMandateReady(int versionNumber, Instant now) {
        Mandate newest = unsignedVersionAsRead(versionNumber);
        newest.markReadyForSignature();
        touch(now);
        return newest;
    }

    /** The newest mandate, unsigned and the very version the person read; anything else refuses. */
    private Mandate unsignedVersionAsRead(int versionNumber) {
        if (status.isFinal()) {
            throw new ProjectNotActive(id(), status);
        }
        Mandate newest = newestMandate()
                .filter(mandate -> !mandate.signed())
                .orElseThrow(() -> new NoMandateAwaitingSignature(id()));
        if (newest.versionNumber() != versionNumber) {
            throw new MandateChangedSinceRead(versionNumber, newest.versionNumber());
        }
        return newest;
    }

    /** Ticks, in steps not yet completed, the items that record a signed mandate. */
    private void tickPlatformItems(PersonId signer, Instant now) {
        for (ProjectStep step : steps) {
            if (step.completed()) {
                continue;
            }
            for (ChecklistItem item : step.items()) {
                if (Roadmap.tickedByPlatform(item.guidanceKey()) && !item.done()) {
                    item.check(signer, now);
                }
            }
        }
    }

    /** The newest version counts: a change waiting for a new signature holds the gate closed. */
    boolean mandateSigned() {
        return newestMandate().map(Mandate::signed).orElse(false);
    }

    MandateState mandateState() {
        return newestMandate()
                .map(m -> m.signed()
                        ? MandateState.SIGNED
                        : m.readyForSignature() ? MandateState.AWAITING_SIGNATURE : MandateState.DRAFT)
                .orElse(MandateState.NONE);
    }

    Optional<Mandate> newestMandate() {
        return mandates.stream()
                .reduce((first, second) -> second.versionNumber() > first.versionNumber() ? second : first);
    }

    List<Mandate> mandates() {
        return List.copyOf(mandates);
    }

    // ---- pause, resume, stop ----

    void pause(Instant now) {
        if (status != ProjectStatus.ACTIVE) {
            throw new IllegalProjectTransition("pause", status);
        }
        status = ProjectStatus.PAUSED;
        touch(now);
    }

    void resume(Instant now) {
        if (status != ProjectStatus.PAUSED) {
            throw new IllegalProjectTransition("resume", status);
        }
        status = ProjectStatus.ACTIVE;
        touch(now);
    }

    /** Stopping is final and needs a reason. */
    void stop(String reason, Instant now) {
        if (status.isFinal()) {
            throw new IllegalProjectTransition("stop", status);
        }
        String trimmed = reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_STOP_REASON) {
            throw new IllegalArgumentException("A stop reason has 1 to " + MAX_STOP_REASON + " characters");
        }
        status = ProjectStatus.STOPPED;
        stopReason = trimmed;
        touch(now);
    }

    private void requireActive() {
        if (status != ProjectStatus.ACTIVE) {
            throw new ProjectNotActive(id(), status);
        }
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    // ---- reading ----

    ProjectStep step(int stepNumber) {
        return steps.stream()
                .filter(step -> step.number() == stepNumber)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No roadmap step " + stepNumber));
    }

    List<ProjectStep> steps() {
        return List.copyOf(steps);
    }

    StepState stateOf(int stepNumber) {
        if (step(stepNumber).completed()) {
            return StepState.DONE;
        }
        return stepNumber == currentStep && !status.isFinal() ? StepState.CURRENT : StepState.UPCOMING;
    }

    ProjectId id() {
        return new ProjectId(id);
    }

    String title() {
        return title;
    }

    String need() {
        return need;
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    NokAmount estimatedValue() {
        return NokAmount.of(estimatedValueNok);
    }

    List<String> cpvCodes() {
        return List.copyOf(cpvCodes);
    }

    String nutsCode() {
        return nutsCode;
    }

    ProcedureType procedure() {
        return procedure;
    }

    ProjectStatus status() {
        return status;
    }

    RoadmapStep currentStep() {
        return RoadmapStep.of(currentStep);
    }

    @Nullable
    String stopReason() {
        return stopReason;
    }

    List<PersonId> team() {
        return team.stream().map(PersonId::new).toList();
    }

    @Nullable
    PersonId createdBy() {
        return createdBy == null ? null : new PersonId(createdBy);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
