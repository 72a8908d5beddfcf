package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** Only a version the buyer has put before the top leader can be signed; a draft cannot. */
class MandateNotReadyForSignature extends DomainException.Conflict {

    MandateNotReadyForSignature(int versionNumber) {
        super(
                "projects.error.mandateNotReady",
                "Mandate version " + versionNumber + " is a draft, not ready for signature",
                versionNumber);
    }
}
