package no.innomotor.dialogue;

import java.util.UUID;

/** Identifies an announcement of the market dialogue across modules; written as a plain string in JSON. */
public record AnnouncementId(UUID value) {

    public static AnnouncementId random() {
        return new AnnouncementId(UUID.randomUUID());
    }

    public static AnnouncementId of(String value) {
        return new AnnouncementId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
