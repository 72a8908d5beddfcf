package no.innomotor.dialogue;

/** Where a company's registration for the conference stands: with places, or on the waiting list. */
public enum SeatStatus {
    CONFIRMED,
    WAITING
}
