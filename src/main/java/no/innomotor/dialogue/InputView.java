package no.innomotor.dialogue;

import java.time.Instant;

/** Written input as the buyer's team or the sending company reads it. */
public record InputView(
        InputId id, AnnouncementId announcement, String text, Instant sentAt, String company, String sender) {}
