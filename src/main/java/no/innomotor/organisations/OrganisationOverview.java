package no.innomotor.organisations;

import java.util.List;
import java.util.Map;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;

/**
 * An organisation as one of its members (or an administrator) sees it: its facts, its members, the invitations not
 * yet used, the roles the viewer may invite others with (empty when they may not invite), whether the viewer
 * decides on its approval (platform administrators), and per member the pending roles the viewer may approve or
 * refuse and the roles the viewer may withdraw ({@link RoleGrantPolicy}).
 */
public record OrganisationOverview(
        OrganisationSummary organisation,
        List<MemberSummary> members,
        List<InvitationSummary> openInvitations,
        List<Role> invitableRoles,
        boolean mayDecide,
        Map<PersonId, List<Role>> approvable,
        Map<PersonId, List<Role>> withdrawable) {

    public OrganisationOverview {
        members = List.copyOf(members);
        openInvitations = List.copyOf(openInvitations);
        invitableRoles = List.copyOf(invitableRoles);
        approvable = Map.copyOf(approvable);
        withdrawable = Map.copyOf(withdrawable);
    }

    public boolean mayInvite() {
        return !invitableRoles.isEmpty();
    }

    public boolean mayApprove(PersonId person, Role role) {
        return approvable.getOrDefault(person, List.of()).contains(role);
    }

    public boolean mayWithdraw(PersonId person, Role role) {
        return withdrawable.getOrDefault(person, List.of()).contains(role);
    }
}
