package no.innomotor.dialogue;

import java.util.UUID;

/** Identifies a draft tender document out for comment; written as a plain string in JSON. */
public record DraftId(UUID value) {

    public static DraftId random() {
        return new DraftId(UUID.randomUUID());
    }

    public static DraftId of(String value) {
        return new DraftId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
