package no.innomotor.projects;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innomotor.audit.AuditEntry;
import no.innomotor.audit.AuditManagement;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the projects module shows: a project, its steps, the filtered list, the leader's overview and the
 * timeline, with organisation and person names looked up once per call. A project the person may not see is
 * reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class ProjectQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final ProjectRepository projects;
    private final ProjectDocumentRepository documents;
    private final ProjectLookup lookup;
    private final ProjectReferenceChecks checks;
    private final ProjectSearch search;
    private final OrganisationsManagement organisations;
    private final AuditManagement audit;
    private final StepChecks stepChecks;
    private final Clock clock;

    ProjectQueries(
            ProjectRepository projects,
            ProjectDocumentRepository documents,
            ProjectLookup lookup,
            ProjectReferenceChecks checks,
            ProjectSearch search,
            OrganisationsManagement organisations,
            AuditManagement audit,
            StepChecks stepChecks,
            Clock clock) {
        this.projects = projects;
        this.documents = documents;
        this.lookup = lookup;
        this.checks = checks;
        this.search = search;
        this.organisations = organisations;
        this.audit = audit;
        this.stepChecks = stepChecks;
        this.clock = clock;
    }

    // ---- what a new project or a changed team may hold ----

    /** The approved organisations where the person is a buyer, each with the people who may join a team. */
    public List<OrganisationChoice> organisationsForNewProject(CurrentUser user) {
        List<OrganisationChoice> choices = new ArrayList<>();
        for (OrganisationId id : ProjectAccess.buyerOrganisations(user)) {
            organisations
                    .find(id)
                    .filter(OrganisationSummary::approved)
                    .ifPresent(org -> choices.add(
                            new OrganisationChoice(org.id(), org.name(), org.nutsCode(), checks.members(org.id()))));
        }
        return choices;
    }

    /** Whether the person may create projects at all: a buyer in at least one approved organisation. */
    public boolean canCreate(CurrentUser user) {
        return ProjectAccess.buyerOrganisations(user).stream()
                .anyMatch(id -> organisations
                        .find(id)
                        .filter(OrganisationSummary::approved)
                        .isPresent());
    }

    /** The people who may be on the project's team: the members of the owning organisation. */
    public List<TeamMember> teamCandidates(ProjectId id, CurrentUser user) {
        return checks.members(lookup.editable(id, user).organisation());
    }

    // ---- a project and its steps ----

    public ProjectDetails get(ProjectId id, CurrentUser user) {
        return details(lookup.visible(id, user), user, new Names());
    }

    /** The filtered list of the projects the person may see, newest first (best match first with text). */
    public ProjectPage search(ProjectFilter filter, int page, int size, CurrentUser user) {
        int pageIndex = Math.max(0, page);
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        ProjectSearch.Hits hits = search.search(filter, ProjectAccess.visibleOrganisations(user), pageIndex, pageSize);
        Names names = new Names()
                .organisations(hits.projects().stream()
                        .map(ProjectListing::organisation)
                        .toList());
        return new ProjectPage(
                hits.projects().stream()
                        .map(listing -> listing.summary(names.organisation(listing.organisation())))
                        .toList(),
                pageIndex,
                pageSize,
                hits.total());
    }

    /** The organisations the person may filter the list by, with their names. */
    public Map<OrganisationId, String> filterOrganisations(CurrentUser user) {
        Set<OrganisationId> visible = ProjectAccess.visibleOrganisations(user);
        List<OrganisationId> ids = visible != null
                ? List.copyOf(visible)
                : projects.owningOrganisations().stream()
                        .map(OrganisationId::new)
                        .toList();
        Names names = new Names().organisations(ids);
        Map<OrganisationId, String> result = new LinkedHashMap<>();
        ids.stream()
                .sorted(Comparator.comparing(names::organisation))
                .forEach(id -> result.put(id, names.organisation(id)));
        return result;
    }

    public StepDetails step(ProjectId id, RoadmapStep roadmapStep, CurrentUser user) {
        Project project = lookup.visible(id, user);
        ProjectStep step = project.step(roadmapStep);
        List<ProjectDocument> stored =
                documents.findByProjectIdAndStepNumberOrderByUploadedAtAsc(id.value(), roadmapStep.number());
        List<@Nullable PersonId> named =
                new ArrayList<>(step.items().stream().map(ChecklistItem::doneBy).toList());
        stored.forEach(doc -> named.add(doc.uploadedBy()));
        named.add(step.completedBy());
        named.addAll(namedIn(project));
        Names names = new Names().people(named);
        ProjectDetails details = details(project, user, names);
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
        List<DocumentView> docs = stored.stream()
                .map(doc -> new DocumentView(
                        doc.id(),
                        doc.filename(),
                        doc.contentType(),
                        doc.sizeBytes(),
                        names.person(doc.uploadedBy()),
                        doc.uploadedAt()))
                .toList();
        Project.Gate gate = project.gate(roadmapStep);
        boolean editable = details.can().edit() && project.status() == ProjectStatus.ACTIVE && !step.completed();
        return new StepDetails(
                details,
                roadmapStep,
                project.stateOf(roadmapStep),
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
                step.dueDate() != null && !step.completed() && step.dueDate().isBefore(NorwegianTime.today(clock)),
                editable && project.currentStep() == roadmapStep ? stepChecks.findings(id, roadmapStep) : List.of());
    }

    /** Everything recorded about the project, oldest first. */
    public List<AuditEntry> timeline(ProjectId id, CurrentUser user) {
        lookup.visible(id, user);
        return audit.timeline(ProjectEvents.OBJECT_TYPE, id.toString());
    }

    /** Mandates waiting for this top leader's signature, and the projects of the organisations they lead. */
    public LeaderOverview leaderOverview(CurrentUser user) {
        List<UUID> led = user.organisationsWithRole(Role.TOP_LEADER).stream()
                .map(OrganisationId::value)
                .toList();
        if (led.isEmpty()) {
            return new LeaderOverview(List.of(), List.of());
        }
        List<Project> ledProjects = projects.findByOrganisationIdInOrderByCreatedAtDesc(led);
        Names names = new Names()
                .organisations(ledProjects.stream().map(Project::organisation).toList());
        List<LeaderOverview.AwaitingSignature> awaiting = new ArrayList<>();
        List<ProjectSummary> summaries = new ArrayList<>();
        for (Project project : ledProjects) {
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

    // ---- views ----

    private ProjectSummary summary(Project project, Names names) {
        return project.listing().summary(names.organisation(project.organisation()));
    }

    /** The people a project page names: the team and who drafted each mandate version. */
    private static List<@Nullable PersonId> namedIn(Project project) {
        List<@Nullable PersonId> named = new ArrayList<>(project.team());
        project.mandates().forEach(mandate -> named.add(mandate.draftedBy()));
        return named;
    }

    private ProjectDetails details(Project project, CurrentUser user, Names names) {
        names.people(namedIn(project));
        List<TeamMember> team = project.team().stream()
                .map(person -> new TeamMember(person, Objects.requireNonNullElse(names.person(person), "")))
                .sorted(Comparator.comparing(TeamMember::name))
                .toList();
        List<StepOverview> steps = project.steps().stream()
                .map(step -> new StepOverview(
                        step.step(),
                        project.stateOf(step.step()),
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

    /**
     * Looks names up once per call; a page's names are asked for together first ({@link #organisations},
     * {@link #people}), one statement for all of them, so a list does not name its projects one query at a time.
     */
    private final class Names {

        private final Map<OrganisationId, String> organisationNames = new HashMap<>();
        private final Map<PersonId, Optional<String>> personNames = new HashMap<>();

        /** Looks up at once the names of the organisations not yet known. */
        Names organisations(Collection<OrganisationId> ids) {
            List<OrganisationId> missing = ids.stream()
                    .filter(id -> !organisationNames.containsKey(id))
                    .distinct()
                    .toList();
            if (!missing.isEmpty()) {
                Map<OrganisationId, OrganisationSummary> found = organisations.find(missing);
                missing.forEach(id -> organisationNames.put(
                        id, found.containsKey(id) ? found.get(id).name() : id.toString()));
            }
            return this;
        }

        /** Looks up at once the names of the people not yet known; nulls are skipped. */
        Names people(Collection<@Nullable PersonId> ids) {
            List<PersonId> missing = ids.stream()
                    .filter(Objects::nonNull)
                    .filter(id -> !personNames.containsKey(id))
                    .distinct()
                    .toList();
            if (!missing.isEmpty()) {
                Map<PersonId, PersonSummary> found = organisations.findPeople(missing);
                missing.forEach(id ->
                        personNames.put(id, Optional.ofNullable(found.get(id)).map(PersonSummary::displayName)));
            }
            return this;
        }

        String organisation(OrganisationId id) {
            return organisations(List.of(id)).organisationNames.get(id);
        }

        @Nullable
        String person(@Nullable PersonId id) {
            if (id == null) {
                return null;
            }
            return people(List.of(id)).personNames.get(id).orElse(null);
        }
    }
}
