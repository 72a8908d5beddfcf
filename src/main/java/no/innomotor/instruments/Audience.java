package no.innomotor.instruments;

/** Whom an instrument is for: the public buyer, the supplier, or both. */
public enum Audience {
    BUYER,
    SUPPLIER,
    BOTH;

    /** Whether an applicant on this side may apply: an instrument for both sides takes either. */
    public boolean admits(Audience side) {
        return this == BOTH || side == BOTH || this == side;
    }
}
