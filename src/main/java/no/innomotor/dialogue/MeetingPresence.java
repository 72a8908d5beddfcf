package no.innomotor.dialogue;

/** One person present at a meeting for the buyer, in one role. */
public record MeetingPresence(MeetingRole role, String name) {

    static final int MAX_NAME = 200;
}
