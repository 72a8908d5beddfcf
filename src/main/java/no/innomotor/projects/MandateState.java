package no.innomotor.projects;

/**
 * The state of a project's mandate: none drafted, the newest version a draft, the newest version put before the top
 * leader and waiting for a signature, or signed.
 */
public enum MandateState {
    NONE,
    DRAFT,
    AWAITING_SIGNATURE,
    SIGNED
}
