package no.innomotor.organisations;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides who may give, approve and withdraw which role in which organisation. Roles counted here
 * are the person's ACTIVE roles in approved organisations, as {@link CurrentUser} carries them (read again on every
 * request).
 *
 * <table>
 *   <caption>Who may grant (invite with) which role</caption>
 *   <tr><th>The person granting</th><th>May grant in the organisation</th></tr>
 *   <tr><td>Platform administrator (ADMIN)</td><td>any role, in any organisation not rejected; the roles that
 *       reach beyond one organisation (ADVISER, JURY, MENTOR, ADMIN) only this way</td></tr>
 *   <tr><td>The organisation's TOP_LEADER</td><td>every role of the organisation's type (BUYER, TOP_LEADER)</td></tr>
 *   <tr><td>Any other holder of one of the type's roles (BUYER, SUPPLIER, INSTRUMENT_ACTOR)</td><td>the type's
 *       roles except TOP_LEADER: a buyer invites buyers, a supplier suppliers</td></tr>
 *   <tr><td>Someone holding only ADVISER, JURY or MENTOR there</td><td>nothing</td></tr>
 *   <tr><td>Anyone, while the organisation is not approved (administrators excepted)</td><td>nothing</td></tr>
 * </table>
 *
 * <p>Nobody grants a role to themselves: inviting one's own address and accepting an invitation one sent are
 * refused.
 *
 * <p>TOP_LEADER, the role that signs mandates, is PENDING when given and counts only after a second person approves
 * it: a platform administrator or the organisation's current top leader, never the person themselves nor the person
 * who granted it. Either may also refuse it. The same people withdraw roles: an administrator any role, the top
 * leader the organisation's own roles (cross-organisation roles only an administrator). A withdrawn role stops
 * counting on the person's next request.
 */
final class RoleGrantPolicy {

    /** Roles that need a second person's approval before they count. */
    static boolean needsApproval(Role role) {
        return role == Role.TOP_LEADER;
    }

    /** The roles {@code user} may grant in {@code org}; empty when they may grant none. */
    static List<Role> grantable(CurrentUser user, Organisation org) {
        if (org.status() == OrganisationStatus.REJECTED) {
            return List.of();
        }
        if (user.isAdmin()) {
            return Arrays.asList(Role.values());
        }
        if (!org.isApproved()) {
            return List.of();
        }
        List<Role> typeRoles = org.type().memberRolesInOrder();
        if (user.hasRole(org.id(), Role.TOP_LEADER)) {
            return typeRoles;
        }
        boolean holdsTypeRole = typeRoles.stream().anyMatch(role -> user.hasRole(org.id(), role));
        if (!holdsTypeRole) {
            return List.of();
        }
        return typeRoles.stream().filter(role -> !needsApproval(role)).toList();
    }

    /** Whether {@code user} may approve (or refuse) {@code pending}: the second person, never its holder or granter. */
    static boolean mayApprove(CurrentUser user, Organisation org, MembershipRole pending) {
        if (!pending.pending() || org.status() == OrganisationStatus.REJECTED) {
            return false;
        }
        if (isSelfOrGranter(user.personId(), pending)) {
            return false;
        }
        return user.isAdmin() || user.hasRole(org.id(), Role.TOP_LEADER);
    }

    /** Whether {@code user} may withdraw the active role {@code grant}. */
    static boolean mayWithdraw(CurrentUser user, Organisation org, MembershipRole grant) {
        if (!grant.active()) {
            return false;
        }
        if (user.isAdmin()) {
            return true;
        }
        return user.hasRole(org.id(), Role.TOP_LEADER)
                && org.type().memberRoles().contains(grant.role());
    }

    /** Whether one may grant a role to the person with {@code email}: not to oneself. */
    static boolean isOneself(CurrentUser user, String email) {
        return Person.normalise(user.email()).equals(Person.normalise(email));
    }

    private static boolean isSelfOrGranter(PersonId user, MembershipRole pending) {
        return user.equals(pending.personId()) || Objects.equals(user, grantedByOrNull(pending));
    }

    private static @Nullable PersonId grantedByOrNull(MembershipRole pending) {
        return pending.grantedBy();
    }

    private RoleGrantPolicy() {}
}
