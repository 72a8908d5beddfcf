package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** Pausing, resuming or stopping is not possible from the project's current status. */
class IllegalProjectTransition extends DomainException.Conflict {

    IllegalProjectTransition(String transition, ProjectStatus from) {
        super("projects.error.transition." + transition, "Cannot " + transition + " a project that is " + from);
    }
}
