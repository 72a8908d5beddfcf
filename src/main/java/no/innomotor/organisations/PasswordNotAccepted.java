package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** The chosen password breaks {@link PasswordRules}. */
public class PasswordNotAccepted extends DomainException.RuleBroken {
    PasswordNotAccepted() {
        super("organisations.password.rules", "Password breaks the password rules");
    }
}
