package no.innomotor.instruments;

/** How to apply: on the actor's own site (a link), or in Innomotor through one of its risk-relief schemes. */
public enum ApplyRoute {
    LINK,
    IN_INNOMOTOR
}
