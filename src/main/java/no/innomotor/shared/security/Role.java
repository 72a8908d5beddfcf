package no.innomotor.shared.security;

/** What a person may do in one organisation. A person holds roles per organisation, never globally. */
public enum Role {
    ADMIN,
    ADVISER,
    BUYER,
    TOP_LEADER,
    SUPPLIER,
    INSTRUMENT_ACTOR,
    JURY,
    MENTOR
}
