package no.innomotor.funding;

import no.innomotor.funding.FundingExceptions.ActorNotFound;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is what to a project's funding and to an actor's portfolio.
 *
 * <p>A project's funding is read by whoever reads the project (the projects module decides: its organisation's buyers
 * — the project's team — and top leaders, advisers and administrators; anyone else is told it does not exist), and
 * kept by whoever changes the project (its organisation's buyers). Being stricter here than the project itself would
 * protect nothing: the team's own project page already shows who works on it and what it costs.
 *
 * <p>An actor's portfolio is read by the actor's own people (the instrument-actor role in that organisation), by
 * advisers and by administrators. A person of another instrument actor is told it does not exist: actors compete for
 * the same projects, and which projects another actor is asked to fund is that actor's and the applicants' business.
 */
@Component
class FundingAccess {

    private final ProjectQueries projects;
    private final OrganisationsManagement organisations;

    FundingAccess(ProjectQueries projects, OrganisationsManagement organisations) {
        this.projects = projects;
        this.organisations = organisations;
    }

    /** The project as its reader sees it; not found for anyone else. */
    ProjectDetails readable(ProjectId id, CurrentUser user) {
        return projects.get(id, user);
    }

    /** The project for a command of its keepers: a reader who may not change it is refused (403). */
    ProjectDetails kept(ProjectId id, CurrentUser user) {
        ProjectDetails project = readable(id, user);
        if (!project.can().edit()) {
            throw new AccessDeniedException("Only a buyer of the owning organisation keeps the project's funding");
        }
        return project;
    }

    static boolean overseer(CurrentUser user) {
        return user.isAdmin() || user.hasRoleAnywhere(Role.ADVISER);
    }

    /** The instrument actor whose portfolio the person may read; not found for anyone else. */
    OrganisationSummary actor(OrganisationId id, CurrentUser user) {
        OrganisationSummary actor = organisations
                .find(id)
                .filter(o -> o.type() == OrganisationType.INSTRUMENT_ACTOR)
                .orElseThrow(() -> new ActorNotFound(id));
        if (!overseer(user) && !user.hasRole(id, Role.INSTRUMENT_ACTOR)) {
            throw new ActorNotFound(id);
        }
        return actor;
    }
}
