package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** No such project, or the person may not know it exists. */
class ProjectNotFound extends DomainException.NotFound {

    private ProjectNotFound(String id) {
        super("projects.error.notFound", "No visible project " + id);
    }

    static ProjectNotFound forId(ProjectId id) {
        return new ProjectNotFound(id.toString());
    }
}
