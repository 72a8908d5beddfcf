package no.innomotor.instruments;

/** What an instrument gives: money (grant, loan, guarantee), help (process support, competence, a network) or a prize. */
public enum InstrumentKind {
    GRANT,
    LOAN,
    GUARANTEE,
    PROCESS_SUPPORT,
    COMPETENCE,
    NETWORK,
    PRIZE
}
