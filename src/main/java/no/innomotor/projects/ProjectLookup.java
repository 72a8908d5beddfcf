package no.innomotor.projects;

import no.innomotor.shared.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds a project for a person and what they are about to do: a project they may not see is not found, one they
 * may see but not act on refuses with access denied.
 */
@Component
class ProjectLookup {

    private final ProjectRepository projects;

    ProjectLookup(ProjectRepository projects) {
        this.projects = projects;
    }

    Project visible(ProjectId id, CurrentUser user) {
        Project project = projects.findById(id.value()).orElseThrow(() -> ProjectNotFound.forId(id));
        if (!ProjectAccess.canView(user, project.organisation())) {
            throw ProjectNotFound.forId(id);
        }
        return project;
    }

    Project editable(ProjectId id, CurrentUser user) {
        Project project = visible(id, user);
        if (!ProjectAccess.canEdit(user, project.organisation())) {
            throw new AccessDeniedException("Only a buyer of the owning organisation changes the project");
        }
        return project;
    }

    Project signable(ProjectId id, CurrentUser user) {
        Project project = visible(id, user);
        if (!ProjectAccess.canSign(user, project.organisation())) {
            throw new AccessDeniedException("Only a top leader of the owning organisation signs the mandate");
        }
        return project;
    }

    Project steerable(ProjectId id, CurrentUser user) {
        Project project = visible(id, user);
        if (!ProjectAccess.canSteer(user, project.organisation())) {
            throw new AccessDeniedException("Only a buyer or top leader of the owning organisation steers it");
        }
        return project;
    }

    /** The check behind {@link ProjectsManagement#authorise}. */
    Project authorised(ProjectId id, ProjectAction action, CurrentUser user) {
        return switch (action) {
            case CHANGE -> editable(id, user);
            case SIGN -> signable(id, user);
            case STEER -> steerable(id, user);
        };
    }
}
