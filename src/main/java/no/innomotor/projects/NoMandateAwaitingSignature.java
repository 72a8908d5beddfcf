package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** There is no draft to sign: none was written, or the newest version is already signed. */
class NoMandateAwaitingSignature extends DomainException.Conflict {

    NoMandateAwaitingSignature(ProjectId project) {
        super("projects.error.noMandateToSign", "No mandate of project " + project + " awaits a signature");
    }
}
