package no.innomotor.riskrelief;

/** A draft only its owner sees; a published scheme is open to applicants until its deadline. */
public enum SchemeStatus {
    DRAFT,
    PUBLISHED
}
