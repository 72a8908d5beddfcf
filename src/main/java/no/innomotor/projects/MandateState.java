package no.innomotor.projects;

/** The state of a project's mandate: none drafted, the newest version waiting for a signature, or signed. */
public enum MandateState {
    NONE,
    AWAITING_SIGNATURE,
    SIGNED
}
