package no.innomotor.dialogue;

import java.util.UUID;

/** Identifies a written input of the market dialogue across modules; written as a plain string in JSON. */
public record InputId(UUID value) {

    public static InputId random() {
        return new InputId(UUID.randomUUID());
    }

    public static InputId of(String value) {
        return new InputId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
