package no.innomotor.organisations;

import no.innomotor.shared.DomainException;
import no.innomotor.shared.security.Role;

/** The role cannot be given in this organisation, or not by this person. */
public class RoleNotAllowed extends DomainException.RuleBroken {
    RoleNotAllowed(Role role, OrganisationType type) {
        super("organisations.error.roleNotAllowed", "Role " + role + " not allowed here for " + type);
    }
}
