package no.innomotor.organisations;

import java.util.List;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;

/**
 * Who may see an organisation's page: a platform administrator, and anyone who holds a role in the organisation —
 * also a role still waiting for approval, and while the organisation waits for approval or after it was rejected, so
 * the person who registered it can follow its status. Who may grant which role is {@link RoleGrantPolicy}'s call.
 *
 * Membership is read from the database, not from the session, so a withdrawn role stops counting at once.
 */
final class OrganisationAccess {

    private final MembershipRoleRepository roles;

    OrganisationAccess(MembershipRoleRepository roles) {
        this.roles = roles;
    }

    boolean maySee(CurrentUser user, Organisation org) {
        return user.isAdmin() || holdsAnyRole(user, org);
    }

    /** The roles {@code user} may invite people to {@code org} with; empty when they may not invite at all. */
    List<Role> invitableRoles(CurrentUser user, Organisation org) {
        return RoleGrantPolicy.grantable(user, org);
    }

    private boolean holdsAnyRole(CurrentUser user, Organisation org) {
        return roles.existsByPersonIdAndOrganisationId(
                user.personId().value(), org.id().value());
    }
}
