package no.innomotor.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One slot as the reader may see it. The team sees who booked it and its minutes; a supplier sees whether it is free,
 * taken (never by whom) or its own company's, and the minutes of its own meeting only.
 */
public record MeetingSlotView(
        MeetingSlotId id,
        AnnouncementId announcement,
        Instant startsAt,
        Instant endsAt,
        String place,
        List<MeetingPresence> present,
        State state,
        Optional<String> company,
        Optional<String> minutes,
        Optional<Instant> minutesAt,
        long version,
        boolean started,
        boolean cancellable) {

    /** What the slot is to the reader. */
    public enum State {
        FREE,
        /** Booked by another company: all a supplier learns of it. */
        TAKEN,
        /** Booked by the reader's own company. */
        OWN,
        /** Booked, as the team sees it (with the company's name). */
        BOOKED
    }

    public MeetingSlotView {
        present = List.copyOf(present);
    }

    public boolean free() {
        return state == State.FREE;
    }

    public boolean booked() {
        return state == State.BOOKED || state == State.OWN;
    }

    public long minutesLength() {
        return java.time.Duration.between(startsAt, endsAt).toMinutes();
    }
}
