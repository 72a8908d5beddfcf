package no.innomotor.funding;

/** Where an application for an instrument stands. Only applied and granted entries cover costs. */
public enum FundingStatus {
    APPLIED,
    GRANTED,
    REJECTED,
    WITHDRAWN;

    /** Whether the entry counts as covering its costs: applied for or granted. */
    public boolean active() {
        return this == APPLIED || this == GRANTED;
    }
}
