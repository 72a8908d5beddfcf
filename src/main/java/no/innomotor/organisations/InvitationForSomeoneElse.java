package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** The signed-in person is not the one the invitation was sent to. */
public class InvitationForSomeoneElse extends DomainException.RuleBroken {
    InvitationForSomeoneElse() {
        super("organisations.invitation.otherPerson", "Invitation accepted by a person with another e-mail");
    }
}
