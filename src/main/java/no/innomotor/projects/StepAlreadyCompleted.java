package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** A completed step is part of the record and no longer changes. */
class StepAlreadyCompleted extends DomainException.Conflict {

    StepAlreadyCompleted(int step) {
        super("projects.error.stepCompleted", "Step " + step + " is already completed", step);
    }
}
