package no.innomotor.dialogue;

/**
 * Who of the buyer's side is present at a one-to-one meeting. The label is the message {@code
 * dialogue.meetings.role.} followed by the constant's name, in the reader's language.
 */
public enum MeetingRole {
    PROJECT_LEAD,
    NEED_OWNER,
    PROCUREMENT,
    SPECIALIST,
    NOTE_TAKER;

    public String messageKey() {
        return "dialogue.meetings.role." + name();
    }
}
