package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** The roadmap has steps 1 to 8 and no others. */
public class StepNotFound extends DomainException.NotFound {

    StepNotFound(int number) {
        super("projects.error.stepNotFound", "No roadmap step " + number);
    }
}
