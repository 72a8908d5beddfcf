package no.innomotor.dialogue;

import java.util.UUID;

/** Identifies an attachment (a file) of the market dialogue; written as a plain string in JSON. */
public record AttachmentId(UUID value) {

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID());
    }

    public static AttachmentId of(String value) {
        return new AttachmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
