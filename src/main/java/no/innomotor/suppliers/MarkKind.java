package no.innomotor.suppliers;

/**
 * What a supplier person did with an opportunity: follows it (told when it is updated), saved it for later, or
 * expressed the company's interest in it.
 */
public enum MarkKind {
    FOLLOW,
    SAVE,
    INTEREST
}
