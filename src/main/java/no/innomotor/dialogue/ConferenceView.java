package no.innomotor.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The dialogue conference as the reader may see it. Everyone who sees the announcement sees the plan, the agenda and
 * the free places; a supplier also its own company's registration ({@code own}); the team every registration
 * ({@code seats}); the team and the companies registered for the dialogue the material and the minutes.
 */
public record ConferenceView(
        AnnouncementId announcement,
        ConferencePlan plan,
        int freePlaces,
        boolean open,
        boolean team,
        boolean supplier,
        boolean inDialogue,
        Optional<SeatView> own,
        List<SeatView> seats,
        List<AttachmentView> material,
        Optional<String> minutes,
        Optional<Instant> minutesPublishedAt,
        long version) {

    public ConferenceView {
        seats = List.copyOf(seats);
        material = List.copyOf(material);
    }

    /** Whether the reader may read the material and the minutes. */
    public boolean sharedWithReader() {
        return team || inDialogue;
    }

    public int confirmedPersons() {
        return plan.capacity() - freePlaces;
    }
}
