package no.innomotor.shared.security;

import java.util.List;
import java.util.Optional;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;

/**
 * The signed-in person as every module sees it. Roles only count in organisations an administrator has approved;
 * ADMIN in the platform operator's organisation is the one role that reaches across organisations.
 */
public interface CurrentUser {

    PersonId personId();

    String displayName();

    String email();

    List<Membership> memberships();

    default boolean hasRole(OrganisationId organisation, Role role) {
        return memberships().stream().anyMatch(m -> m.organisationId().equals(organisation) && m.has(role));
    }

    default boolean hasRoleAnywhere(Role role) {
        return memberships().stream().anyMatch(m -> m.has(role));
    }

    default boolean isMemberOf(OrganisationId organisation) {
        return memberships().stream().anyMatch(m -> m.organisationId().equals(organisation) && m.approved());
    }

    default boolean isAdmin() {
        return hasRoleAnywhere(Role.ADMIN);
    }

    default List<OrganisationId> organisationsWithRole(Role role) {
        return memberships().stream()
                .filter(m -> m.has(role))
                .map(Membership::organisationId)
                .toList();
    }

    default Optional<Membership> primaryMembership() {
        return memberships().stream()
                .filter(Membership::approved)
                .findFirst()
                .or(() -> memberships().stream().findFirst());
    }
}
