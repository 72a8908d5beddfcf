package no.innomotor.dialogue;

import java.util.UUID;

/** Identifies a question of the market dialogue across modules; written as a plain string in JSON. */
public record QuestionId(UUID value) {

    public static QuestionId random() {
        return new QuestionId(UUID.randomUUID());
    }

    public static QuestionId of(String value) {
        return new QuestionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
