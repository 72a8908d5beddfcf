package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** Someone changed the project's facts after this person opened the form. */
public class ProjectChangedConcurrently extends DomainException.Conflict {

    ProjectChangedConcurrently(ProjectId id) {
        super("projects.error.projectChanged", "Project " + id + " changed concurrently");
    }
}
