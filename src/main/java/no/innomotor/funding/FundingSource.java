package no.innomotor.funding;

/**
 * Where an entry comes from: a risk-relief application on the platform (kept up to date from its events, read-only),
 * or an instrument outside Innomotor that the project's team recorded (a grant from the Research Council, Enova, EU).
 */
public enum FundingSource {
    RISK_RELIEF,
    RECORDED
}
