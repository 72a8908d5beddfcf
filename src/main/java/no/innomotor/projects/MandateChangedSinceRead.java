package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** The leader would sign a version other than the newest draft: they must read the current text first. */
class MandateChangedSinceRead extends DomainException.Conflict {

    MandateChangedSinceRead(int read, int newest) {
        super("projects.error.mandateChanged", "Asked to sign version " + read + ", newest is " + newest, newest);
    }
}
