package no.innomotor.dialogue;

import java.util.UUID;

/** Identifies a one-to-one meeting slot of an announcement; written as a plain string in URLs and JSON. */
public record MeetingSlotId(UUID value) {

    public static MeetingSlotId random() {
        return new MeetingSlotId(UUID.randomUUID());
    }

    public static MeetingSlotId of(String value) {
        return new MeetingSlotId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
