package no.innomotor.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A series of slots the team publishes at once: one day, the start times (Norwegian wall clock), one length in
 * minutes for every slot of the announcement, where the meeting is held (a room or an online link), and who is
 * present for the buyer. The note-taker is a member of the team, named by the person's id.
 */
public record MeetingSeries(
        LocalDate date,
        List<LocalTime> starts,
        int minutes,
        String place,
        List<MeetingPresence> present,
        no.innomotor.shared.PersonId noteTaker) {

    public MeetingSeries {
        starts = List.copyOf(starts);
        present = List.copyOf(present);
    }
}
