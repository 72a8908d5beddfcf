package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** The invitation link is unknown, expired or used: one answer for all three, so nothing leaks. */
public class InvitationNotValid extends DomainException.NotFound {
    InvitationNotValid() {
        super("organisations.invitation.notValid.text", "Invitation link unknown, expired or used");
    }
}
