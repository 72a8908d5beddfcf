package no.innomotor.followup;

/** What an adviser did with the supplier: the support the seed's measure M8 names. */
public enum ActivityKind {
    MEETING,
    COURSE,
    BUYER_INTRODUCTION,
    INSTRUMENT_SUGGESTED,
    OTHER
}
