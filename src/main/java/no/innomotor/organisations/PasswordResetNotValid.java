package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** The password-reset link is unknown, expired or used: one answer for all three. */
public class PasswordResetNotValid extends DomainException.NotFound {
    PasswordResetNotValid() {
        super("organisations.reset.notValid.text", "Password reset link unknown, expired or used");
    }
}
