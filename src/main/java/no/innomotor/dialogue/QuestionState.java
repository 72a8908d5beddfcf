package no.innomotor.dialogue;

/** How far the buyer's team has come with a question: as in the e-tendering systems buyers know. */
public enum QuestionState {
    RECEIVED,
    IN_PROGRESS,
    ANSWERED
}
