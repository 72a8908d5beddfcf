package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** A signature needs the second step: the top leader confirms the organisation they sign on behalf of. */
class SigningNotConfirmed extends DomainException.RuleBroken {

    SigningNotConfirmed(ProjectId project) {
        super(
                "projects.error.signingNotConfirmed",
                "Signing the mandate of project " + project + " was not confirmed on behalf of its organisation");
    }
}
