package no.innomotor.benefits;

/** The three kinds of benefit DFØ's method names. */
public enum BenefitType {
    /** Saved time or money for the buyer, valued in kroner. */
    EFFICIENCY,
    /** Better service or outcome, in physical units. */
    QUALITY,
    /** Benefits for others: municipalities, citizens, businesses. */
    FOR_OTHERS
}
