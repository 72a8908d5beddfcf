package no.innomotor.dialogue;

import java.time.LocalTime;

/** One point of the conference's agenda: when it starts and what it is. */
public record AgendaItem(LocalTime startsAt, String title) {

    public static final int MAX_TITLE = 200;
}
