package no.innomotor.dialogue;

import java.time.Instant;
import java.util.List;

/** A company's conference registration: its status and, on the waiting list, its place in the queue (1 = next). */
public record SeatView(
        String companyName, SeatStatus status, int position, List<Participant> participants, Instant registeredAt) {

    public SeatView {
        participants = List.copyOf(participants);
    }

    public boolean waiting() {
        return status == SeatStatus.WAITING;
    }
}
