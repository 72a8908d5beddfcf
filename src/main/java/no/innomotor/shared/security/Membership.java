package no.innomotor.shared.security;

import java.util.Set;
import no.innomotor.shared.OrganisationId;

/** The roles a person holds in one organisation, with the organisation's name for display. */
public record Membership(OrganisationId organisationId, String organisationName, boolean approved, Set<Role> roles) {

    public Membership {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return approved && roles.contains(role);
    }
}
