package no.innomotor.organisations;

import java.util.Arrays;
import java.util.List;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;

/**
 * Who may see an organisation's page and who may invite people to it.
 *
 * <ul>
 *   <li>See: a platform administrator, and anyone who holds a role in the organisation — also while it waits for
 *       approval or after it was rejected, so the person who registered it can follow its status.</li>
 *   <li>Invite: any member of an <em>approved</em> organisation may invite others to it, with the roles that belong
 *       to its type ({@link OrganisationType#memberRoles()}): a buyer may invite a colleague as buyer or top leader,
 *       a supplier another supplier. There is no separate "owner" role: in a public body the people who hold these
 *       roles are its employees, and the audit trail shows who invited whom.</li>
 *   <li>A platform administrator may invite anyone to any organisation that is not rejected, with any role; roles
 *       that reach beyond one organisation (ADMIN, ADVISER, JURY, MENTOR) can only be given this way.</li>
 * </ul>
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
        if (org.status() == OrganisationStatus.REJECTED) {
            return List.of();
        }
        if (user.isAdmin()) {
            return Arrays.asList(Role.values());
        }
        if (org.isApproved() && holdsAnyRole(user, org)) {
            return org.type().memberRolesInOrder();
        }
        return List.of();
    }

    private boolean holdsAnyRole(CurrentUser user, Organisation org) {
        return roles.existsByPersonIdAndOrganisationId(
                user.personId().value(), org.id().value());
    }
}
