package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** A signed mandate version is a record: it is never changed or signed again. */
class MandateAlreadySigned extends DomainException.Conflict {

    MandateAlreadySigned(int versionNumber) {
        super("projects.error.mandateSigned", "Mandate version " + versionNumber + " is already signed", versionNumber);
    }
}
