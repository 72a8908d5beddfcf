package no.innomotor.riskrelief;

/** What an assessor recommends, and what the assessors recommend together. */
public enum Recommendation {
    APPROVE,
    APPROVE_IN_PART,
    REJECT
}
