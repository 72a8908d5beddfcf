package no.innomotor.dialogue;

/** A person who takes part in the dialogue for a registered company; they need no account. */
public record Participant(String name, String email) {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
}
