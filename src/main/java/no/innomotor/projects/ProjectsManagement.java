package no.innomotor.projects;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.innomotor.audit.AuditEntry;
import no.innomotor.audit.AuditManagement;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.CpvEntry;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
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
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.Sha256;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects module's public API. Every method takes the signed-in person and checks their role in the
 * organisation that owns the project: a project they may not see is reported as not found; one they may see but
 * not change refuses with access denied. Every change publishes an event the audit trail records.
 */
@Service
@Transactional
public class ProjectsManagement {

    public static final int MAX_PAGE_SIZE = 100;

    /** The largest document a step accepts: 10 MB. */
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    private final ProjectRepository projects;
    private final ProjectDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final DocumentInspector inspector;
    private final ProjectSearch search;
    private final OrganisationsManagement organisations;
    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;
    private final AuditManagement audit;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectsManagement(
            ProjectRepository projects,
            ProjectDocumentRepository documents,
            DocumentContentRepository contents,
            DocumentInspector inspector,
            ProjectSearch search,
            OrganisationsManagement organisations,
            CpvCatalogue cpv,
            NutsCatalogue nuts,
            AuditManagement audit,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.projects = projects;
        this.documents = documents;
        this.contents = contents;
        this.inspector = inspector;
        this.search = search;
        this.organisations = organisations;
        this.cpv = cpv;
        this.nuts = nuts;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    // ---- creating and changing a project ----

    /** The approved organisations where the person is a buyer, each with the people who may join a team. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisationsForNewProject(CurrentUser user) {
        List<OrganisationChoice> choices = new ArrayList<>();
        for (OrganisationId id : ProjectAccess.buyerOrganisations(user)) {
            organisations
                    .find(id)
                    .filter(OrganisationSummary::approved)
                    .ifPresent(org -> choices.add(
                            new OrganisationChoice(org.id(), org.name(), org.nutsCode(), members(org.id()))));
        }
        return choices;
    }

    /** Whether the person may create projects at all: a buyer in at least one approved organisation. */
    @Transactional(readOnly = true)
    public boolean canCreate(CurrentUser user) {
        return ProjectAccess.buyerOrganisations(user).stream()
                .anyMatch(id -> organisations
                        .find(id)
                        .filter(OrganisationSummary::approved)
                        .isPresent());
    }

    public ProjectId create(CreateProject command, CurrentUser user) {
        OrganisationSummary owner = organisations
                .find(command.organisation())
                .filter(OrganisationSummary::approved)
                .filter(org -> user.hasRole(org.id(), Role.BUYER))
                .orElseThrow(() -> new ProjectInputRejected(
                        "organisationId",
                        "projects.error.notBuyer",
                        "Not a buyer in organisation " + command.organisation()));
        ProjectFacts facts = checked(command.facts(), owner.id());
        Project project = new Project(ProjectId.random(), owner.id(), facts, user.personId(), clock.instant());
        projects.save(project);
        events.publishEvent(new ProjectCreated(
                user.personId(),
                owner.id(),
                project.id(),
                project.title(),
                project.procedure(),
                project.estimatedValue().kroner(),
                project.cpvCodes()));
        return project.id();
    }

    /** Changes the facts, from the version the person saw. */
    public void updateFacts(ProjectId id, ProjectFacts facts, long expectedVersion, CurrentUser user) {
        Project project = editable(id, user);
        if (facts.team().isEmpty()) {
            throw new ProjectInputRejected("teamMembers", "projects.error.teamEmpty", "No team member");
        }
        ProjectFacts checked = checked(facts, project.organisation());
        project.changeFacts(checked, expectedVersion, clock.instant());
        events.publishEvent(new ProjectUpdated(
                user.personId(),
                project.organisation(),
                project.id(),
                project.title(),
                project.procedure(),
                project.estimatedValue().kroner(),
                project.cpvCodes(),
                project.nutsCode(),
                project.team().size()));
    }

    /** The people who may be on the project's team: the members of the owning organisation. */
    @Transactional(readOnly = true)
    public List<TeamMember> teamCandidates(ProjectId id, CurrentUser user) {
        return members(editable(id, user).organisation());
    }

    private ProjectFacts checked(ProjectFacts facts, OrganisationId owner) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String typed : facts.cpvCodes()) {
            Optional<CpvEntry> code = typed.isBlank() ? Optional.empty() : cpv.find(typed);
            if (code.isPresent()) {
                codes.add(code.get().code().value());
            } else if (!typed.isBlank()) {
                unknown.add(typed.strip());
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProjectInputRejected(
                    "cpvCodes", "projects.error.cpvUnknown", "Unknown CPV " + unknown, String.join(", ", unknown));
        }
        if (codes.isEmpty()) {
            throw new ProjectInputRejected("cpvCodes", "projects.error.cpvMissing", "No CPV code");
        }
        if (codes.size() > Project.MAX_CPV) {
            throw new ProjectInputRejected(
                    "cpvCodes", "projects.error.cpvTooMany", "Too many CPV codes", Project.MAX_CPV);
        }
        if (!nuts.isKnown(facts.nutsCode())) {
            throw new ProjectInputRejected(
                    "nutsCode", "projects.error.nutsUnknown", "Unknown NUTS " + facts.nutsCode());
        }
        Set<PersonId> members = new LinkedHashSet<>();
        members(owner).forEach(member -> members.add(member.id()));
        if (!members.containsAll(facts.team())) {
            throw new ProjectInputRejected(
                    "teamMembers", "projects.error.teamNotMember", "Team member outside organisation " + owner);
        }
        return new ProjectFacts(
                facts.title(),
                facts.need(),
                facts.estimatedValue(),
                List.copyOf(codes),
                facts.nutsCode(),
                facts.procedure(),
                facts.team());
    }

    private List<TeamMember> members(OrganisationId organisation) {
        Map<PersonId, TeamMember> members = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            for (PersonSummary person : organisations.peopleWithRole(organisation, role)) {
                members.putIfAbsent(person.id(), new TeamMember(person.id(), person.displayName()));
            }
        }
        return members.values().stream()
                .sorted(Comparator.comparing(TeamMember::name))
                .toList();
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public ProjectDetails get(ProjectId id, CurrentUser user) {
        return details(visible(id, user), user, new Names());
    }

    /** The filtered list of the projects the person may see, newest first (best match first with text). */
    @Transactional(readOnly = true)
    public ProjectPage search(ProjectFilter filter, int page, int size, CurrentUser user) {
        int pageIndex = Math.max(0, page);
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        ProjectSearch.Hits hits = search.search(filter, ProjectAccess.visibleOrganisations(user), pageIndex, pageSize);
        Names names = new Names();
        return new ProjectPage(
                hits.projects().stream().map(project -> summary(project, names)).toList(),
                pageIndex,
                pageSize,
                hits.total());
    }

    /** The organisations the person may filter the list by, with their names. */
    @Transactional(readOnly = true)
    public Map<OrganisationId, String> filterOrganisations(CurrentUser user) {
        Set<OrganisationId> visible = ProjectAccess.visibleOrganisations(user);
        List<OrganisationId> ids = visible != null
                ? List.copyOf(visible)
                : projects.owningOrganisations().stream()
                        .map(OrganisationId::new)
                        .toList();
        Names names = new Names();
        Map<OrganisationId, String> result = new LinkedHashMap<>();
        ids.stream()
                .sorted(Comparator.comparing(names::organisation))
                .forEach(id -> result.put(id, names.organisation(id)));
        return result;
    }

    @Transactional(readOnly = true)
    public StepDetails step(ProjectId id, int number, CurrentUser user) {
        RoadmapStep roadmapStep = RoadmapStep.find(number).orElseThrow(() -> new StepNotFound(number));
        Project project = visible(id, user);
        Names names = new Names();
        ProjectDetails details = details(project, user, names);
        ProjectStep step = project.step(number);
        List<ChecklistItemView> items = step.items().stream()
                .map(item -> new ChecklistItemView(
                        item.id(),
                        item.guidanceKey(),
                        item.text(),
                        item.required(),
                        item.done(),
                        names.person(item.doneBy()),
                        item.doneAt()))
                .toList();
        List<DocumentView> docs =
                documents.findByProjectIdAndStepNumberOrderByUploadedAtAsc(id.value(), number).stream()
                        .map(doc -> new DocumentView(
                                doc.id(),
                                doc.filename(),
                                doc.contentType(),
                                doc.sizeBytes(),
                                names.person(doc.uploadedBy()),
                                doc.uploadedAt()))
                        .toList();
        Project.Gate gate = project.gate(number);
        boolean editable = details.can().edit() && project.status() == ProjectStatus.ACTIVE && !step.completed();
        return new StepDetails(
                details,
                roadmapStep,
                project.stateOf(number),
                step.notes(),
                step.dueDate(),
                step.version(),
                items,
                docs,
                gate.openRequiredItems().size(),
                gate.mandateSigned(),
                editable,
                step.completedAt(),
                names.person(step.completedBy()),
                step.dueDate() != null && !step.completed() && step.dueDate().isBefore(NorwegianTime.today(clock)));
    }

    /** Everything recorded about the project, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> timeline(ProjectId id, CurrentUser user) {
        visible(id, user);
        return audit.timeline(ProjectEvents.OBJECT_TYPE, id.toString());
    }

    /** Mandates waiting for this top leader's signature, and the projects of the organisations they lead. */
    @Transactional(readOnly = true)
    public LeaderOverview leaderOverview(CurrentUser user) {
        List<java.util.UUID> led = user.organisationsWithRole(Role.TOP_LEADER).stream()
                .map(OrganisationId::value)
                .toList();
        if (led.isEmpty()) {
            return new LeaderOverview(List.of(), List.of());
        }
        Names names = new Names();
        List<LeaderOverview.AwaitingSignature> awaiting = new ArrayList<>();
        List<ProjectSummary> summaries = new ArrayList<>();
        for (Project project : projects.findByOrganisationIdInOrderByCreatedAtDesc(led)) {
            summaries.add(summary(project, names));
            if (!project.status().isFinal() && project.mandateState() == MandateState.AWAITING_SIGNATURE) {
                Mandate draft = project.newestMandate().orElseThrow();
                awaiting.add(new LeaderOverview.AwaitingSignature(
                        project.id(),
                        project.title(),
                        names.organisation(project.organisation()),
                        draft.versionNumber(),
                        names.person(draft.draftedBy()),
                        draft.draftedAt()));
            }
        }
        return new LeaderOverview(awaiting, summaries);
    }

    // ---- the checklist, notes and documents of a step ----

    /** Marks an item done or not done; asking for the state it already has changes nothing. */
    public void setItemDone(ProjectId id, int step, ChecklistItemId itemId, boolean done, CurrentUser user) {
        RoadmapStep roadmapStep = existingStep(step);
        Project project = editable(id, user);
        ChecklistItem item = project.step(step).item(itemId).orElseThrow(() -> new ChecklistItemNotFound(itemId));
        if (item.done() == done) {
            project.ensureStepEditable(step);
            return;
        }
        Instant now = clock.instant();
        if (done) {
            project.checkItem(step, itemId, user.personId(), now);
            events.publishEvent(new ChecklistItemChecked(
                    user.personId(), project.organisation(), project.id(), roadmapStep, itemId, recordText(item)));
        } else {
            project.uncheckItem(step, itemId, now);
            events.publishEvent(new ChecklistItemUnchecked(
                    user.personId(), project.organisation(), project.id(), roadmapStep, itemId, recordText(item)));
        }
    }

    public ChecklistItemId addItem(ProjectId id, int step, String text, CurrentUser user) {
        RoadmapStep roadmapStep = existingStep(step);
        Project project = editable(id, user);
        ChecklistItem item = project.addItem(step, text, user.personId(), clock.instant());
        events.publishEvent(new ChecklistItemAdded(
                user.personId(), project.organisation(), project.id(), roadmapStep, item.id(), recordText(item)));
        return item.id();
    }

    public void removeItem(ProjectId id, int step, ChecklistItemId itemId, CurrentUser user) {
        RoadmapStep roadmapStep = existingStep(step);
        Project project = editable(id, user);
        ChecklistItem item = project.removeItem(step, itemId, clock.instant());
        events.publishEvent(new ChecklistItemRemoved(
                user.personId(), project.organisation(), project.id(), roadmapStep, itemId, recordText(item)));
    }

    /** Saves notes and due date from the version the person saw; a newer version refuses with what is saved. */
    public void updateStepNotes(
            ProjectId id,
            int step,
            @Nullable String notes,
            @Nullable LocalDate dueDate,
            long expectedVersion,
            CurrentUser user) {
        RoadmapStep roadmapStep = existingStep(step);
        Project project = editable(id, user);
        project.updateStepNotes(step, notes, dueDate, expectedVersion, clock.instant());
        projects.flush();
        String saved = project.step(step).notes();
        events.publishEvent(new ProjectEvents.StepNotesUpdated(
                user.personId(),
                project.organisation(),
                project.id(),
                roadmapStep,
                saved == null ? 0 : saved.length(),
                dueDate));
    }

    public DocumentId uploadDocument(ProjectId id, int step, String filename, byte[] content, CurrentUser user) {
        RoadmapStep roadmapStep = existingStep(step);
        Project project = editable(id, user);
        project.ensureStepEditable(step);
        DocumentInspector.Accepted accepted = inspector.inspect(filename, content);
        ProjectDocument document = new ProjectDocument(
                project.id(),
                step,
                accepted.filename(),
                accepted.contentType(),
                content.length,
                Sha256.hex(content),
                user.personId(),
                clock.instant());
        documents.save(document);
        contents.save(new DocumentContent(document.id(), content));
        events.publishEvent(new DocumentUploaded(
                user.personId(),
                project.organisation(),
                project.id(),
                roadmapStep,
                document.id(),
                document.filename(),
                document.contentType(),
                document.sizeBytes(),
                document.sha256()));
        return document.id();
    }

    @Transactional(readOnly = true)
    public DocumentFile document(ProjectId id, DocumentId documentId, CurrentUser user) {
        visible(id, user);
        ProjectDocument document = documents
                .findByIdAndProjectId(documentId.value(), id.value())
                .orElseThrow(() -> new DocumentNotFound(documentId));
        byte[] bytes = contents.findById(documentId.value())
                .map(DocumentContent::content)
                .orElseThrow(() -> new DocumentNotFound(documentId));
        return new DocumentFile(document.filename(), document.contentType(), bytes);
    }

    // ---- the gate, the mandate, and the project's status ----

    /** Completes the current step when its gate is open; returns the step that was completed. */
    public RoadmapStep completeStep(ProjectId id, int step, CurrentUser user) {
        existingStep(step);
        Project project = editable(id, user);
        RoadmapStep completed = project.completeStep(step, user.personId(), clock.instant());
        RoadmapStep next = project.status() == ProjectStatus.COMPLETED ? null : project.currentStep();
        events.publishEvent(new StepCompleted(user.personId(), project.organisation(), project.id(), completed, next));
        return completed;
    }

    /** Drafts the mandate (or a new version of a signed one); returns the version number drafted. */
    public int draftMandate(ProjectId id, MandateTerms terms, CurrentUser user) {
        Project project = editable(id, user);
        Mandate mandate = project.draftMandate(terms, user.personId(), clock.instant());
        events.publishEvent(new MandateDrafted(
                user.personId(),
                project.organisation(),
                project.id(),
                mandate.versionNumber(),
                terms.budgetFrame().kroner(),
                terms.riskAppetite(),
                terms.startDate(),
                terms.endDate()));
        return mandate.versionNumber();
    }

    /** The buyer puts the version they read before the organisation's top leaders. */
    public void markMandateReady(ProjectId id, int versionNumber, CurrentUser user) {
        Project project = editable(id, user);
        Mandate mandate = project.markMandateReady(versionNumber, clock.instant());
        events.publishEvent(new MandateReadyForSignature(
                user.personId(), project.organisation(), project.id(), mandate.versionNumber()));
    }

    /**
     * A top leader of the owning organisation signs the version they read, having confirmed in a second step the
     * organisation they sign on behalf of ({@code onBehalfOf} must name the project's organisation).
     */
    public void signMandate(ProjectId id, int versionNumber, @Nullable OrganisationId onBehalfOf, CurrentUser user) {
        Project project = signable(id, user);
        if (!project.organisation().equals(onBehalfOf)) {
            throw new SigningNotConfirmed(project.id());
        }
        Mandate mandate = project.signMandate(versionNumber, user.personId(), user.displayName(), clock.instant());
        events.publishEvent(new MandateSigned(
                user.personId(),
                project.organisation(),
                project.id(),
                mandate.versionNumber(),
                java.util.Objects.requireNonNull(mandate.signerName()),
                mandate.signedAt(),
                java.util.Objects.requireNonNull(mandate.contentHash())));
    }

    public void pause(ProjectId id, CurrentUser user) {
        Project project = steerable(id, user);
        project.pause(clock.instant());
        events.publishEvent(
                new ProjectPaused(user.personId(), project.organisation(), project.id(), project.currentStep()));
    }

    public void resume(ProjectId id, CurrentUser user) {
        Project project = steerable(id, user);
        project.resume(clock.instant());
        events.publishEvent(
                new ProjectResumed(user.personId(), project.organisation(), project.id(), project.currentStep()));
    }

    public void stop(ProjectId id, String reason, CurrentUser user) {
        Project project = steerable(id, user);
        project.stop(reason, clock.instant());
        events.publishEvent(new ProjectStopped(
                user.personId(), project.organisation(), project.id(), project.currentStep(), reason.strip()));
    }

    // ---- access ----

    /**
     * Refuses a person who may not do {@code action} on the project before anything they sent is read: not found when
     * they may not see the project, access denied when they may see it but not act. Controllers call it before
     * validating a form, so that someone without the right learns nothing of the form's rules.
     */
    @Transactional(readOnly = true)
    public void authorise(ProjectId id, ProjectAction action, CurrentUser user) {
        switch (action) {
            case CHANGE -> editable(id, user);
            case SIGN -> signable(id, user);
            case STEER -> steerable(id, user);
        }
    }

    private Project visible(ProjectId id, CurrentUser user) {
        Project project = projects.findById(id.value()).orElseThrow(() -> ProjectNotFound.forId(id));
        if (!ProjectAccess.canView(user, project.organisation())) {
            throw ProjectNotFound.forId(id);
        }
        return project;
    }

    private Project editable(ProjectId id, CurrentUser user) {
        Project project = visible(id, user);
        if (!ProjectAccess.canEdit(user, project.organisation())) {
            throw new AccessDeniedException("Only a buyer of the owning organisation changes the project");
        }
        return project;
    }

    private Project signable(ProjectId id, CurrentUser user) {
        Project project = visible(id, user);
        if (!ProjectAccess.canSign(user, project.organisation())) {
            throw new AccessDeniedException("Only a top leader of the owning organisation signs the mandate");
        }
        return project;
    }

    private Project steerable(ProjectId id, CurrentUser user) {
        Project project = visible(id, user);
        if (!ProjectAccess.canSteer(user, project.organisation())) {
            throw new AccessDeniedException("Only a buyer or top leader of the owning organisation steers it");
        }
        return project;
    }

    private static RoadmapStep existingStep(int number) {
        return RoadmapStep.find(number).orElseThrow(() -> new StepNotFound(number));
    }

    // ---- views ----

    private ProjectSummary summary(Project project, Names names) {
        return new ProjectSummary(
                project.id(),
                project.title(),
                project.organisation(),
                names.organisation(project.organisation()),
                project.currentStep(),
                project.status(),
                project.procedure(),
                project.estimatedValue(),
                project.mandateState(),
                project.createdAt());
    }

    private ProjectDetails details(Project project, CurrentUser user, Names names) {
        List<TeamMember> team = project.team().stream()
                .map(person -> new TeamMember(person, java.util.Objects.requireNonNullElse(names.person(person), "")))
                .sorted(Comparator.comparing(TeamMember::name))
                .toList();
        List<StepOverview> steps = project.steps().stream()
                .map(step -> new StepOverview(
                        step.step(),
                        project.stateOf(step.number()),
                        (int) step.items().stream().filter(ChecklistItem::done).count(),
                        step.items().size(),
                        step.openRequiredItems().size(),
                        step.dueDate(),
                        step.completedAt()))
                .toList();
        List<MandateView> mandates = project.mandates().stream()
                .map(mandate -> new MandateView(
                        mandate.versionNumber(),
                        mandate.terms(),
                        names.person(mandate.draftedBy()),
                        mandate.draftedAt(),
                        mandate.signedBy(),
                        mandate.signerName(),
                        mandate.signedAt(),
                        mandate.contentHash(),
                        mandate.intact(project.id())))
                .toList();
        return new ProjectDetails(
                project.id(),
                project.title(),
                project.need(),
                project.organisation(),
                names.organisation(project.organisation()),
                project.estimatedValue(),
                project.cpvCodes(),
                project.nutsCode(),
                project.procedure(),
                project.status(),
                project.currentStep(),
                project.stopReason(),
                team,
                steps,
                project.mandateState(),
                mandates,
                ProjectAccess.permissions(user, project.organisation()),
                project.createdAt(),
                project.updatedAt(),
                project.version());
    }

    /** Guidance is recorded by its English text: the audit trail is a record, not a translated page. */
    private String recordText(ChecklistItem item) {
        if (item.own()) {
            return item.label();
        }
        return messages.getMessage(item.label(), null, item.label(), Locale.ENGLISH);
    }

    /** Looks names up once per call. */
    private final class Names {

        private final Map<OrganisationId, String> organisationNames = new HashMap<>();
        private final Map<PersonId, Optional<String>> personNames = new HashMap<>();

        String organisation(OrganisationId id) {
            return organisationNames.computeIfAbsent(
                    id,
                    key -> organisations
                            .find(key)
                            .map(OrganisationSummary::name)
                            .orElse(key.toString()));
        }

        @Nullable
        String person(@Nullable PersonId id) {
            if (id == null) {
                return null;
            }
            return personNames
                    .computeIfAbsent(id, key -> organisations.findPerson(key).map(PersonSummary::displayName))
                    .orElse(null);
        }
    }
}
