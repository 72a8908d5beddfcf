package no.innomotor.riskrelief;

/** Whether a public buyer (for its own project) or a supplier company (for a published project) applies. */
public enum ApplicantKind {
    BUYER,
    SUPPLIER
}
