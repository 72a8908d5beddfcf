package no.innomotor.notifications;

import java.util.ArrayList;
import java.util.List;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.projects.ProjectEvents.MandateReadyForSignature;
import no.innomotor.projects.ProjectEvents.MandateSigned;
import no.innomotor.projects.ProjectEvents.StepCompleted;
import no.innomotor.projects.ProjectTeam;
import no.innomotor.projects.ProjectTeams;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.AuditableEvent.Label;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to projects that need them: top leaders when a mandate waits for their signature, the
 * team and the organisation's buyers when it is signed, the team when a step is completed. Each event is one
 * method: find the recipients, say what to tell them ({@link Notice}), hand both to the {@link Notifier}. Runs
 * after the publishing transaction committed, from the persistent event publication registry.
 */
@Component
class ProjectNotifications {

    private final Notifier notifier;
    private final ProjectTeams teams;
    private final OrganisationsManagement organisations;

    ProjectNotifications(Notifier notifier, ProjectTeams teams, OrganisationsManagement organisations) {
        this.notifier = notifier;
        this.teams = teams;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(MandateReadyForSignature event) {
        teams.of(event.project())
                .ifPresent(team -> notifier.tell(
                        new Notice(
                                "mandate-ready",
                                AuditableEvent.parameters(
                                        "project",
                                        team.title(),
                                        "organisation",
                                        organisationName(team),
                                        "version",
                                        event.versionNumber()),
                                "/projects/" + team.project() + "/mandate"),
                        holders(event.organisation(), Role.TOP_LEADER),
                        event.actor()));
    }

    @ApplicationModuleListener
    void on(MandateSigned event) {
        teams.of(event.project()).ifPresent(team -> {
            List<PersonId> recipients = new ArrayList<>(team.team());
            recipients.addAll(holders(event.organisation(), Role.BUYER));
            notifier.tell(
                    new Notice(
                            "mandate-signed",
                            AuditableEvent.parameters(
                                    "project",
                                    team.title(),
                                    "version",
                                    event.versionNumber(),
                                    "signer",
                                    event.signerName(),
                                    "signedAt",
                                    event.signedAt()),
                            "/projects/" + team.project() + "/mandate"),
                    recipients,
                    event.actor());
            // The other top leaders were asked to sign: that request is settled, not left waiting in their inbox.
            notifier.settle("mandate-ready", "/projects/" + team.project() + "/mandate", "mandate-signed");
        });
    }

    @ApplicationModuleListener
    void on(StepCompleted event) {
        teams.of(event.project())
                .ifPresent(team -> notifier.tell(
                        new Notice(
                                event.next() == null ? "project-completed" : "step-completed",
                                AuditableEvent.parameters(
                                        "project",
                                        team.title(),
                                        "stepNumber",
                                        event.step().number(),
                                        "step",
                                        new Label(
                                                "projects.step." + event.step().name()),
                                        "nextStep",
                                        event.next() == null
                                                ? null
                                                : new Label("projects.step."
                                                        + event.next().name())),
                                event.next() == null
                                        ? "/projects/" + team.project()
                                        : "/projects/" + team.project() + "/steps/"
                                                + event.next().number()),
                        team.team(),
                        event.actor()));
    }

    private List<PersonId> holders(OrganisationId organisation, Role role) {
        return organisations.peopleWithRole(organisation, role).stream()
                .map(PersonSummary::id)
                .toList();
    }

    private String organisationName(ProjectTeam team) {
        return organisations.find(team.organisation()).map(org -> org.name()).orElse("");
    }
}
