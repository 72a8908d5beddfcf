package no.innomotor.benefits;

/** Where a benefit's latest measurement stands against the trajectory from baseline to target. */
public enum TrajectoryStatus {
    NOT_MEASURED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** The target is reached. */
    REALISED
}
