package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** Only the step the project is in can be completed. */
class StepNotCurrent extends DomainException.Conflict {

    StepNotCurrent(int step, int current) {
        super("projects.error.stepNotCurrent", "Step " + step + " is not the current step " + current, step, current);
    }
}
