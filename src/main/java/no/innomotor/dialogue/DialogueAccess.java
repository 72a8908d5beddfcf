package no.innomotor.dialogue;

import java.util.Optional;
import no.innomotor.dialogue.DialogueExceptions.AnnouncementNotFound;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is what to an announcement. The team: the buyers of the owning organisation, who may change the project (as
 * {@code ProjectsManagement.authorise(id, CHANGE, user)} decides). A supplier acts for the first company where they
 * hold the supplier role. A draft is not found for anyone outside the team.
 */
@Component
class DialogueAccess {

    private final AnnouncementRepository announcements;

    DialogueAccess(AnnouncementRepository announcements) {
        this.announcements = announcements;
    }

    static boolean team(@Nullable CurrentUser user, Announcement announcement) {
        return user != null && user.hasRole(announcement.organisation(), Role.BUYER);
    }

    static Optional<OrganisationId> company(@Nullable CurrentUser user) {
        return user == null
                ? Optional.empty()
                : user.organisationsWithRole(Role.SUPPLIER).stream().findFirst();
    }

    /** The announcement as the person may see it: a draft only for the team. */
    Announcement visible(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = announcements.findById(id.value()).orElseThrow(() -> new AnnouncementNotFound(id));
        if (announcement.status() == AnnouncementStatus.DRAFT && !team(user, announcement)) {
            throw new AnnouncementNotFound(id);
        }
        return announcement;
    }

    /** The announcement for a team command: not found for anyone outside the team. */
    Announcement ofTeam(AnnouncementId id, CurrentUser user) {
        Announcement announcement = announcements.findById(id.value()).orElseThrow(() -> new AnnouncementNotFound(id));
        if (!team(user, announcement)) {
            throw new AnnouncementNotFound(id);
        }
        return announcement;
    }

    /** The company a supplier acts for; someone without the supplier role is refused. */
    static OrganisationId supplierCompany(CurrentUser user) {
        return company(user)
                .orElseThrow(() -> new AccessDeniedException("Only a supplier takes part in a market dialogue"));
    }
}
