package no.innomotor.shared.security;

import java.util.Set;
import no.innomotor.shared.OrganisationId;

/**
 * The roles a person holds in one organisation, with the organisation's name for display. {@code approved}: the
 * roles count; {@code awaitingApproval}: the organisation is registered and waits for an administrator (neither:
 * it was rejected).
 */
public record Membership(
        OrganisationId organisationId,
        String organisationName,
        boolean approved,
        Set<Role> roles,
        boolean awaitingApproval) {

    public Membership {
        roles = Set.copyOf(roles);
        awaitingApproval = awaitingApproval && !approved;
    }

    /** A membership whose organisation is approved, or not (then it is not known to be awaiting approval). */
    public Membership(OrganisationId organisationId, String organisationName, boolean approved, Set<Role> roles) {
        this(organisationId, organisationName, approved, roles, false);
    }

    public boolean has(Role role) {
        return approved && roles.contains(role);
    }
}
