package no.innomotor.projects;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and do what with a project, from the person's roles in the organisation that owns it.
 *
 * <p>Buyers and top leaders of the owning organisation see its projects; buyers change them; top leaders sign the
 * mandate; either may pause, resume or stop. Advisers (programme advisers who support projects across the
 * country, as in LUP) and administrators see every project, read-only. Everyone else is told it does not exist.
 */
final class ProjectAccess {

    private ProjectAccess() {}

    static boolean seesAll(CurrentUser user) {
        return user.isAdmin() || user.hasRoleAnywhere(Role.ADVISER);
    }

    static boolean canView(CurrentUser user, OrganisationId owner) {
        return seesAll(user) || user.hasRole(owner, Role.BUYER) || user.hasRole(owner, Role.TOP_LEADER);
    }

    static boolean canEdit(CurrentUser user, OrganisationId owner) {
        return user.hasRole(owner, Role.BUYER);
    }

    static boolean canSign(CurrentUser user, OrganisationId owner) {
        return user.hasRole(owner, Role.TOP_LEADER);
    }

    static boolean canSteer(CurrentUser user, OrganisationId owner) {
        return canEdit(user, owner) || canSign(user, owner);
    }

    static ProjectPermissions permissions(CurrentUser user, OrganisationId owner) {
        return new ProjectPermissions(canEdit(user, owner), canSign(user, owner), canSteer(user, owner));
    }

    /** The organisations whose projects the person sees; null means all of them. */
    static @Nullable Set<OrganisationId> visibleOrganisations(CurrentUser user) {
        if (seesAll(user)) {
            return null;
        }
        Set<OrganisationId> visible = new LinkedHashSet<>(user.organisationsWithRole(Role.BUYER));
        visible.addAll(user.organisationsWithRole(Role.TOP_LEADER));
        return visible;
    }

    static List<OrganisationId> buyerOrganisations(CurrentUser user) {
        return user.organisationsWithRole(Role.BUYER);
    }
}
