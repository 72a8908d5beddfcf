package no.innomotor.benefits;

import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is what to a project's benefit plan. Read by whoever reads the project (the projects module decides: its
 * organisation's buyers and top leaders, advisers and administrators; anyone else is told it does not exist), and kept
 * by whoever changes the project (its organisation's buyers, the project's team).
 */
@Component
class BenefitsAccess {

    private final ProjectQueries projects;

    BenefitsAccess(ProjectQueries projects) {
        this.projects = projects;
    }

    ProjectDetails readable(ProjectId id, CurrentUser user) {
        return projects.get(id, user);
    }

    ProjectDetails kept(ProjectId id, CurrentUser user) {
        ProjectDetails project = readable(id, user);
        if (!project.can().edit()) {
            throw new AccessDeniedException("Only a buyer of the owning organisation keeps the benefit plan");
        }
        return project;
    }
}
