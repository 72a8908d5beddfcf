package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** The person invited already holds that role in the organisation. */
public class RoleAlreadyHeld extends DomainException.RuleBroken {
    RoleAlreadyHeld() {
        super("organisations.error.roleAlreadyHeld", "Invited person already holds the role");
    }
}
