package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** Nobody grants a role to themselves: not by inviting their own address, nor by accepting an invitation they sent. */
public class RoleForOneself extends DomainException.RuleBroken {
    RoleForOneself() {
        super("organisations.error.roleForOneself", "A person cannot grant a role to themselves");
    }
}
