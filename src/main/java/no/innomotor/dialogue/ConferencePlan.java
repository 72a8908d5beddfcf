package no.innomotor.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the team sets up for the dialogue conference: the day, the time, where (a place, online, or both), how many
 * persons in all and per company, and the agenda.
 */
public record ConferencePlan(
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        @Nullable String place,
        boolean online,
        int capacity,
        int maxPerCompany,
        List<AgendaItem> agenda) {

    public ConferencePlan {
        agenda = List.copyOf(agenda);
    }
}
