package no.innomotor.dialogue;

import java.util.Arrays;

/**
 * What a line of the dialogue log records. The code is stored; the label is the message {@code dialogue.log.kind.}
 * followed by the code, in the reader's language.
 */
public enum LogKind {
    ANNOUNCEMENT_PUBLISHED("announcement-published"),
    ANNOUNCEMENT_WITHDRAWN("announcement-withdrawn"),
    INTEREST_REGISTERED("interest-registered"),
    REGISTRATION_CANCELLED("registration-cancelled"),
    QUESTION_ASKED("question-asked"),
    ANSWER_PUBLISHED("answer-published"),
    INPUT_SENT("input-sent"),
    MEETING_BOOKED("meeting-booked"),
    MEETING_CANCELLED("meeting-cancelled"),
    MEETING_MINUTES("meeting-minutes"),
    CONFERENCE_REGISTERED("conference-registered"),
    CONFERENCE_WAITING("conference-waiting"),
    CONFERENCE_CANCELLED("conference-cancelled"),
    CONFERENCE_MINUTES("conference-minutes"),
    MATERIAL_PUBLISHED("material-published"),
    DRAFT_PUBLISHED("draft-published"),
    DRAFT_COMMENTED("draft-commented"),
    DRAFT_SUMMARY_PUBLISHED("draft-summary-published"),
    MATCHMAKING_JOINED("matchmaking-joined"),
    MATCHMAKING_LEFT("matchmaking-left"),
    EQUAL_TREATMENT_CONFIRMED("equal-treatment-confirmed");

    private final String code;

    LogKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "dialogue.log.kind." + code;
    }

    /** The kind with this code; empty for an unknown one (a filter from a URL). */
    public static java.util.Optional<LogKind> fromCode(@org.jspecify.annotations.Nullable String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    static LogKind of(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown log kind " + code));
    }
}
