package no.innomotor.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects module's commands. Every method takes the signed-in person and checks their role in the organisation
 * that owns the project: a project they may not see is reported as not found; one they may see but not change
 * refuses with access denied. The project records what happened as an event, which the repository publishes when
 * the command saves it; the audit trail records every one. Reading is {@link ProjectQueries}, documents are
 * {@link ProjectDocuments}.
 */
@Service
@Transactional
public class ProjectsManagement {

    private final ProjectRepository projects;
    private final ProjectLookup lookup;
    private final ProjectReferenceChecks checks;
    private final ChecklistTexts texts;
    private final StepChecks stepChecks;
    private final Clock clock;

    ProjectsManagement(
            ProjectRepository projects,
            ProjectLookup lookup,
            ProjectReferenceChecks checks,
            ChecklistTexts texts,
            StepChecks stepChecks,
            Clock clock) {
        this.projects = projects;
        this.lookup = lookup;
        this.checks = checks;
        this.texts = texts;
        this.stepChecks = stepChecks;
        this.clock = clock;
    }

    // ---- creating and changing a project ----

    public ProjectId create(CreateProject command, CurrentUser user) {
        OrganisationSummary owner = checks.ownerForNewProject(command.organisation(), user);
        ProjectFacts facts = checks.checked(command.facts(), owner.id());
        Project project = new Project(ProjectId.random(), owner.id(), facts, user.personId(), clock.instant());
        return projects.save(project).id();
    }

    /** Changes the facts, from the version the person saw. */
    public void updateFacts(ProjectId id, ProjectFacts facts, long expectedVersion, CurrentUser user) {
        Project project = lookup.editable(id, user);
        if (facts.team().isEmpty()) {
            throw new ProjectInputRejected("teamMembers", "projects.error.teamEmpty", "No team member");
        }
        ProjectFacts checked = checks.checked(facts, project.organisation());
        project.changeFacts(checked, expectedVersion, user.personId(), clock.instant());
        projects.save(project);
    }

    // ---- the checklist and notes of a step ----

    /** Marks an item done or not done; asking for the state it already has changes nothing. */
    public void setItemDone(ProjectId id, RoadmapStep step, ChecklistItemId item, boolean done, CurrentUser user) {
        Project project = lookup.editable(id, user);
        project.markItem(step, item, done, user.personId(), texts, clock.instant());
        projects.save(project);
    }

    public ChecklistItemId addItem(ProjectId id, RoadmapStep step, String text, CurrentUser user) {
        Project project = lookup.editable(id, user);
        ChecklistItem item = project.addItem(step, text, user.personId(), texts, clock.instant());
        projects.save(project);
        return item.id();
    }

    public void removeItem(ProjectId id, RoadmapStep step, ChecklistItemId item, CurrentUser user) {
        Project project = lookup.editable(id, user);
        project.removeItem(step, item, user.personId(), texts, clock.instant());
        projects.save(project);
    }

    /** Saves notes and due date from the version the person saw; a newer version refuses with what is saved. */
    public void updateStepNotes(
            ProjectId id,
            RoadmapStep step,
            @Nullable String notes,
            @Nullable LocalDate dueDate,
            long expectedVersion,
            CurrentUser user) {
        Project project = lookup.editable(id, user);
        project.updateStepNotes(step, notes, dueDate, expectedVersion, user.personId(), clock.instant());
        // Flushed here, so a concurrent save refuses before anything is recorded.
        projects.saveAndFlush(project);
    }

    // ---- the gate, the mandate, and the project's status ----

    /** Completes the current step when its gate is open; returns the step that was completed. */
    public RoadmapStep completeStep(ProjectId id, RoadmapStep step, CurrentUser user) {
        return completeStep(id, step, false, user);
    }

    /**
     * Completes the step. When the step's checks find something (see {@link StepCompletionChecks}), the team must
     * have confirmed it ({@code confirmed}); otherwise the completion is refused with the findings.
     */
    public RoadmapStep completeStep(ProjectId id, RoadmapStep step, boolean confirmed, CurrentUser user) {
        Project project = lookup.editable(id, user);
        List<StepFinding> findings = project.currentStep() == step && project.status() == ProjectStatus.ACTIVE
                ? stepChecks.findings(id, step)
                : List.of();
        if (!findings.isEmpty() && !confirmed) {
            throw new StepFindingsUnconfirmed(step.number(), findings);
        }
        RoadmapStep completed = project.completeStep(step, findings, user.personId(), clock.instant());
        projects.save(project);
        return completed;
    }

    /** Drafts the mandate (or a new version of a signed one); returns the version number drafted. */
    public int draftMandate(ProjectId id, MandateTerms terms, CurrentUser user) {
        Project project = lookup.editable(id, user);
        Mandate mandate = project.draftMandate(terms, user.personId(), clock.instant());
        projects.save(project);
        return mandate.versionNumber();
    }

    /** The buyer puts the version they read before the organisation's top leaders. */
    public void markMandateReady(ProjectId id, int versionNumber, CurrentUser user) {
        Project project = lookup.editable(id, user);
        project.markMandateReady(versionNumber, user.personId(), clock.instant());
        projects.save(project);
    }

    /**
     * A top leader of the owning organisation signs the version they read, having confirmed in a second step the
     * organisation they sign on behalf of ({@code onBehalfOf} must name the project's organisation).
     */
    public void signMandate(ProjectId id, int versionNumber, @Nullable OrganisationId onBehalfOf, CurrentUser user) {
        Project project = lookup.signable(id, user);
        if (!project.organisation().equals(onBehalfOf)) {
            throw new SigningNotConfirmed(project.id());
        }
        project.signMandate(versionNumber, user.personId(), user.displayName(), clock.instant());
        projects.save(project);
    }

    public void pause(ProjectId id, CurrentUser user) {
        Project project = lookup.steerable(id, user);
        project.pause(user.personId(), clock.instant());
        projects.save(project);
    }

    public void resume(ProjectId id, CurrentUser user) {
        Project project = lookup.steerable(id, user);
        project.resume(user.personId(), clock.instant());
        projects.save(project);
    }

    public void stop(ProjectId id, String reason, CurrentUser user) {
        Project project = lookup.steerable(id, user);
        project.stop(reason, user.personId(), clock.instant());
        projects.save(project);
    }

    // ---- access ----

    /**
     * Refuses a person who may not do {@code action} on the project before anything they sent is read: not found when
     * they may not see the project, access denied when they may see it but not act. Controllers call it before
     * validating a form, so that someone without the right learns nothing of the form's rules.
     */
    @Transactional(readOnly = true)
    public void authorise(ProjectId id, ProjectAction action, CurrentUser user) {
        lookup.authorised(id, action, user);
    }
}
