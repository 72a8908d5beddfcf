package no.innomotor.organisations;

import java.util.List;
import no.innomotor.shared.security.Role;

/**
 * An organisation as one of its members (or an administrator) sees it: its facts, its members, the invitations not
 * yet used, the roles the viewer may invite others with (empty when they may not invite), and whether the viewer
 * decides on its approval (platform administrators).
 */
public record OrganisationOverview(
        OrganisationSummary organisation,
        List<MemberSummary> members,
        List<InvitationSummary> openInvitations,
        List<Role> invitableRoles,
        boolean mayDecide) {

    public OrganisationOverview {
        members = List.copyOf(members);
        openInvitations = List.copyOf(openInvitations);
        invitableRoles = List.copyOf(invitableRoles);
    }

    public boolean mayInvite() {
        return !invitableRoles.isEmpty();
    }
}
