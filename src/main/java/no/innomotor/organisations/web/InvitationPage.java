package no.innomotor.organisations.web;

import no.innomotor.organisations.InvitationView;
import org.springframework.validation.Errors;

/**
 * An invitation to join an organisation (organisations/invitation.jte): its token, what it invites to, whether the
 * person signed in is the one invited, and the new-account form with its errors.
 */
public record InvitationPage(
        String token, InvitationView invitation, boolean signedInAsInvitee, NewAccountForm form, Errors errors) {

    static final String TEMPLATE = "organisations/invitation";
}
