package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/**
 * The password given as the current one, to change it, is not the person's password — or too many wrong ones were
 * given lately, and no more are checked for a while.
 */
public class CurrentPasswordWrong extends DomainException.RuleBroken {
    CurrentPasswordWrong(boolean tooMany) {
        super(
                tooMany ? "organisations.profile.password.tooMany" : "organisations.profile.password.currentWrong",
                tooMany ? "Too many wrong current passwords" : "Current password does not match");
    }
}
