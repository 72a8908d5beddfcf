package no.innomotor.organisations;

import no.innomotor.shared.security.Role;

/**
 * A person registers their organisation and their own account in one go, holding {@code role} in it. The role must
 * be one of the organisation type's member roles.
 */
public record RegisterWithAccount(
        RegisterOrganisation organisation, String name, String email, String password, Role role) {

    @Override
    public String toString() {
        return "RegisterWithAccount[" + organisation + ", " + role + "]";
    }
}
