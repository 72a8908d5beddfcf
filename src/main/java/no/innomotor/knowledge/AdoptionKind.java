package no.innomotor.knowledge;

/** How another buyer took a solution into use. */
public enum AdoptionKind {
    /** A procurement of its own, on the model of the originating one. */
    OWN_PROCUREMENT,
    /** A call-off on a framework agreement that already exists. */
    FRAMEWORK_CALL_OFF,
    /** A procurement run together with other buyers. */
    JOINT_PROCUREMENT
}
