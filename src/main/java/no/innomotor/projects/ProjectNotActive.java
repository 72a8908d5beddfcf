package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** The project is paused, stopped or completed, so its roadmap cannot change now. */
class ProjectNotActive extends DomainException.Conflict {

    ProjectNotActive(ProjectId id, ProjectStatus status) {
        super("projects.error.notActive." + status.name(), "Project " + id + " is " + status);
    }
}
