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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innomotor.projects.ProjectEvents.ChecklistItemAdded;
import no.innomotor.projects.ProjectEvents.ChecklistItemChecked;
import no.innomotor.projects.ProjectEvents.ChecklistItemRemoved;
import no.innomotor.projects.ProjectEvents.ChecklistItemUnchecked;
import no.innomotor.projects.ProjectEvents.DocumentUploaded;
import no.innomotor.projects.ProjectEvents.MandateDrafted;
import no.innomotor.projects.ProjectEvents.MandateReadyForSignature;
import no.innomotor.projects.ProjectEvents.MandateSigned;
import no.innomotor.projects.ProjectEvents.ProjectCreated;
import no.innomotor.projects.ProjectEvents.ProjectPaused;
import no.innomotor.projects.ProjectEvents.ProjectResumed;
import no.innomotor.projects.ProjectEvents.ProjectStopped;
import no.innomotor.projects.ProjectEvents.ProjectUpdated;
import no.innomotor.projects.ProjectEvents.StepCompleted;
import no.innomotor.projects.ProjectEvents.StepNotesUpdated;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.StoredRecord;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An innovative procurement project and its roadmap: eight steps, each with a checklist, notes and a gate, and the
 * mandate versions its top leader signs. Every change goes through a method that names it and refuses what the
 * roadmap does not allow, and registers the event that says what happened; the repository publishes it on save.
 *
 * <p>Title and need are indexed with the Norwegian analyser (norwegian, configured by the platform's
 * {@code NorwegianAnalysis}); the list filters are indexed as exact values.
 */
@Entity
@Table(name = "project")
@Indexed(index = "project")
class Project extends AbstractAggregateRoot<Project> {

    static final StoredRecord<ProjectListing> STORED = StoredRecord.of(ProjectListing.class);

    static final int MAX_TITLE = 200;
    static final int MAX_NEED = 10_000;
    static final int MAX_CPV = 20;
    static final int MAX_STOP_REASON = 2_000;

    /**
     * How many projects' collections one query loads: a list page (at most {@link ProjectQueries#MAX_PAGE_SIZE}
     * projects) reads each collection, the mandates for the mandate state above all, in one statement rather than
     * one per project.
     */
    static final int BATCH = ProjectQueries.MAX_PAGE_SIZE;

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

    /**
     * The newest mandate version's state, kept beside the versions so the list, its index and its queries read it
     * without loading the mandates; set by every change of a mandate. Not a change of the facts: no version bump.
     */
    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(name = "mandate_state", nullable = false, length = 30)
    private MandateState mandateState = MandateState.NONE;

    /** Checklist work touches this too; only a change of the facts or the roadmap position bumps the version. */
    @OptimisticLock(excluded = true)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** A wrapper, so a new aggregate is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "project_cpv", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "code", nullable = false, length = 8)
    private List<String> cpvCodes = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "project_team_member", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "person_id", nullable = false)
    private Set<UUID> team = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = BATCH)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("number")
    @OptimisticLock(excluded = true)
    private List<ProjectStep> steps = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = BATCH)
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
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS); // as the database keeps it, and the index with it
        applyFacts(facts, now);
        // A project always has a team: when nobody was chosen, its creator is the team.
        if (team.isEmpty()) {
            this.team.add(creator.value());
        }
        for (RoadmapStep step : RoadmapStep.values()) {
            steps.add(new ProjectStep(step));
        }
        registerEvent(new ProjectCreated(
                creator, organisation(), id(), title, procedure, estimatedValueNok, List.copyOf(cpvCodes)));
    }

    void changeFacts(ProjectFacts facts, long expectedVersion, PersonId by, Instant now) {
        if (expectedVersion != version()) {
            throw new ProjectChangedConcurrently(id());
        }
        if (status.isFinal()) {
            throw new ProjectNotActive(id(), status);
        }
        applyFacts(facts, now);
        registerEvent(new ProjectUpdated(
                by,
                organisation(),
                id(),
                title,
                procedure,
                estimatedValueNok,
                List.copyOf(cpvCodes),
                nutsCode,
                team.size()));
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
        facts.cpvCodes().forEach(code -> cpvCodes.add(code.value()));
        this.nutsCode = facts.nutsCode().value();
        this.procedure = facts.procedure();
        this.team.clear();
        facts.team().forEach(person -> team.add(person.value()));
        this.updatedAt = now;
    }

    // ---- the checklist, notes and due date of a step ----

    /**
     * Marks an item done or not done; asking for the state it already has changes nothing (and records nothing),
     * but still refuses a step that cannot change.
     */
    void markItem(
            RoadmapStep step, ChecklistItemId itemId, boolean done, PersonId by, ChecklistTexts texts, Instant now) {
        ChecklistItem item = step(step).item(itemId).orElseThrow(() -> new ChecklistItemNotFound(itemId));
        if (item.done() == done) {
            ensureStepEditable(step);
        } else if (done) {
            checkItem(step, itemId, by, texts, now);
        } else {
            uncheckItem(step, itemId, by, texts, now);
        }
    }

    ChecklistItem checkItem(RoadmapStep step, ChecklistItemId itemId, PersonId by, ChecklistTexts texts, Instant now) {
        ChecklistItem item = editableItem(step, itemId);
        if (Roadmap.tickedByPlatform(item.guidanceKey())) {
            throw new ChecklistItemTickedByPlatform(itemId);
        }
        item.check(by, now);
        touch(now);
        registerEvent(new ChecklistItemChecked(by, organisation(), id(), step, itemId, texts.recorded(item)));
        return item;
    }

    ChecklistItem uncheckItem(
            RoadmapStep step, ChecklistItemId itemId, PersonId by, ChecklistTexts texts, Instant now) {
        ChecklistItem item = editableItem(step, itemId);
        if (Roadmap.tickedByPlatform(item.guidanceKey())) {
            throw new ChecklistItemTickedByPlatform(itemId);
        }
        item.uncheck();
        touch(now);
        registerEvent(new ChecklistItemUnchecked(by, organisation(), id(), step, itemId, texts.recorded(item)));
        return item;
    }

    ChecklistItem addItem(RoadmapStep step, String text, PersonId by, ChecklistTexts texts, Instant now) {
        ChecklistItem item = editableStep(step).addOwnItem(text, by);
        touch(now);
        registerEvent(new ChecklistItemAdded(by, organisation(), id(), step, item.id(), texts.recorded(item)));
        return item;
    }

    ChecklistItem removeItem(RoadmapStep step, ChecklistItemId itemId, PersonId by, ChecklistTexts texts, Instant now) {
        ProjectStep projectStep = editableStep(step);
        ChecklistItem item = projectStep.item(itemId).orElseThrow(() -> new ChecklistItemNotFound(itemId));
        if (!item.own() || item.required()) {
            throw new ChecklistItemNotRemovable(itemId);
        }
        projectStep.removeItem(item);
        touch(now);
        registerEvent(new ChecklistItemRemoved(by, organisation(), id(), step, itemId, texts.recorded(item)));
        return item;
    }

    void updateStepNotes(
            RoadmapStep step,
            @Nullable String notes,
            @Nullable LocalDate dueDate,
            long expectedVersion,
            PersonId by,
            Instant now) {
        ProjectStep projectStep = editableStep(step);
        projectStep.updateNotes(notes, dueDate, expectedVersion);
        touch(now);
        String saved = projectStep.notes();
        registerEvent(new StepNotesUpdated(
                by, organisation(), id(), step, saved == null ? 0 : saved.length(), projectStep.dueDate()));
    }

    /** Records a document stored for a step that can change now; the project's facts are not touched. */
    void attachDocument(RoadmapStep step, ProjectDocument document, PersonId by) {
        editableStep(step);
        registerEvent(new DocumentUploaded(
                by,
                organisation(),
                id(),
                step,
                document.id(),
                document.filename(),
                document.contentType(),
                document.sizeBytes(),
                document.sha256()));
    }

    /** Refuses unless the step can change now: the project is active and the step not completed. */
    void ensureStepEditable(RoadmapStep step) {
        editableStep(step);
    }

    private ChecklistItem editableItem(RoadmapStep step, ChecklistItemId itemId) {
        return editableStep(step).item(itemId).orElseThrow(() -> new ChecklistItemNotFound(itemId));
    }

    private ProjectStep editableStep(RoadmapStep step) {
        requireActive();
        ProjectStep projectStep = step(step);
        if (projectStep.completed()) {
            throw new StepAlreadyCompleted(step.number());
        }
        return projectStep;
    }

    // ---- the gate ----

    /** What stands between a step and its completion: open required items, and the mandate signature. */
    record Gate(RoadmapStep step, List<ChecklistItem> openRequiredItems, boolean mandateSigned) {
        boolean open() {
            return openRequiredItems.isEmpty() && mandateSigned;
        }
    }

    Gate gate(RoadmapStep step) {
        boolean signed = mandateSigned();
        // Until the mandate is signed, the items its signature ticks are not the team's to do: the gate names the
        // missing signature instead.
        List<ChecklistItem> open = step(step).openRequiredItems().stream()
                .filter(item -> signed || !Roadmap.tickedByPlatform(item.guidanceKey()))
                .toList();
        return new Gate(step, open, signed);
    }

    /**
     * Completes the current step when its gate is open and moves the project to the next step; completing the last
     * step completes the project. Every step, the first included, needs the newest mandate version signed.
     */
    RoadmapStep completeStep(RoadmapStep step, PersonId by, Instant now) {
        return completeStep(step, List.of(), by, now);
    }

    /** Completes the step, the team having confirmed the findings of the step's checks (see StepCompletionChecks). */
    RoadmapStep completeStep(RoadmapStep step, List<StepFinding> confirmed, PersonId by, Instant now) {
        requireActive();
        ProjectStep projectStep = step(step);
        if (projectStep.completed()) {
            throw new StepAlreadyCompleted(step.number());
        }
        if (step.number() != currentStep) {
            throw new StepNotCurrent(step.number(), currentStep);
        }
        Gate gate = gate(step);
        if (!gate.open()) {
            throw new StepGateNotMet(step.number(), gate.openRequiredItems().size(), gate.mandateSigned());
        }
        if (!confirmed.isEmpty()) {
            registerEvent(new ProjectEvents.StepFindingsConfirmed(
                    by,
                    organisation(),
                    id(),
                    step,
                    confirmed.stream().map(StepFinding::messageKey).toList()));
        }
        projectStep.complete(by, now);
        RoadmapStep next = null;
        if (step.number() == RoadmapStep.LAST) {
            status = ProjectStatus.COMPLETED;
        } else {
            currentStep = step.number() + 1;
            next = currentStep();
        }
        touch(now);
        registerEvent(new StepCompleted(by, organisation(), id(), step, next));
        return step;
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
        mandateState = newestMandateState();
        touch(now);
        registerEvent(new MandateDrafted(
                by,
                organisation(),
                id(),
                mandate.versionNumber(),
                terms.budgetFrame().kroner(),
                terms.riskAppetite(),
                terms.startDate(),
                terms.endDate()));
        return mandate;
    }

    /** The leader signs exactly the version they read; a newer draft or a signed newest version refuses. */
    Mandate signMandate(int versionNumber, PersonId signer, String signerName, Instant now) {
        Mandate newest = unsignedVersionAsRead(versionNumber);
        newest.sign(id(), signer, signerName, now);
        tickPlatformItems(signer, now);
        mandateState = newestMandateState();
        touch(now);
        registerEvent(new MandateSigned(
                signer,
                organisation(),
                id(),
                newest.versionNumber(),
                java.util.Objects.requireNonNull(newest.signerName()),
                java.util.Objects.requireNonNull(newest.signedAt()),
                java.util.Objects.requireNonNull(newest.contentHash())));
        return newest;
    }

    /** The buyer puts the newest draft before the top leader; it must be the version they read. */
    Mandate markMandateReady(int versionNumber, PersonId by, Instant now) {
        Mandate newest = unsignedVersionAsRead(versionNumber);
        newest.markReadyForSignature();
        mandateState = newestMandateState();
        touch(now);
        registerEvent(new MandateReadyForSignature(by, organisation(), id(), newest.versionNumber()));
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
        return mandateState;
    }

    private MandateState newestMandateState() {
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

    void pause(PersonId by, Instant now) {
        if (status != ProjectStatus.ACTIVE) {
            throw new IllegalProjectTransition("pause", status);
        }
        status = ProjectStatus.PAUSED;
        touch(now);
        registerEvent(new ProjectPaused(by, organisation(), id(), currentStep()));
    }

    void resume(PersonId by, Instant now) {
        if (status != ProjectStatus.PAUSED) {
            throw new IllegalProjectTransition("resume", status);
        }
        status = ProjectStatus.ACTIVE;
        touch(now);
        registerEvent(new ProjectResumed(by, organisation(), id(), currentStep()));
    }

    /** Stopping is final and needs a reason. */
    void stop(String reason, PersonId by, Instant now) {
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
        registerEvent(new ProjectStopped(by, organisation(), id(), currentStep(), trimmed));
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

    ProjectStep step(RoadmapStep step) {
        return steps.stream()
                .filter(candidate -> candidate.number() == step.number())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("A project has every roadmap step"));
    }

    List<ProjectStep> steps() {
        return List.copyOf(steps);
    }

    StepState stateOf(RoadmapStep step) {
        if (step(step).completed()) {
            return StepState.DONE;
        }
        return step.number() == currentStep && !status.isFinal() ? StepState.CURRENT : StepState.UPCOMING;
    }

    /** The project as the list shows it, kept whole in the index so a list page reads no project from the database. */
    @GenericField(name = "stored", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "organisationId")),
                @ObjectPath(@PropertyValue(propertyName = "currentStep")),
                @ObjectPath(@PropertyValue(propertyName = "status")),
                @ObjectPath(@PropertyValue(propertyName = "procedure")),
                @ObjectPath(@PropertyValue(propertyName = "estimatedValueNok")),
                @ObjectPath(@PropertyValue(propertyName = "mandateState")),
                @ObjectPath(@PropertyValue(propertyName = "createdAt"))
            })
    String getStored() {
        return STORED.write(listing());
    }

    /** The listing's shape when this document was written: {@link ProjectIndex} rebuilds the index on a change. */
    @KeywordField(name = "storedShape")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "id")))
    String getStoredShape() {
        return STORED.shape();
    }

    ProjectListing listing() {
        return new ProjectListing(
                id(),
                title,
                organisation(),
                currentStep(),
                status,
                procedure,
                estimatedValue(),
                mandateState,
                createdAt);
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

    Money estimatedValue() {
        return Money.nok(estimatedValueNok);
    }

    List<CpvCode> cpvCodes() {
        return cpvCodes.stream().map(CpvCode::new).toList();
    }

    NutsCode nutsCode() {
        return new NutsCode(nutsCode);
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

    /** The events registered since the repository last saved the project, oldest first. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
