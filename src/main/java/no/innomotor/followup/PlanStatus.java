package no.innomotor.followup;

/** A company has at most one open plan; a closed plan stays readable as its history. */
public enum PlanStatus {
    OPEN,
    CLOSED
}
