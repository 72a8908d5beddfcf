package no.innomotor.projects;

/** The procurement procedure a project intends to use. */
public enum ProcedureType {
    INNOVATION_PARTNERSHIP,
    COMPETITIVE_DIALOGUE,
    NEGOTIATED_WITH_PRIOR_PUBLICATION,
    PRE_COMMERCIAL_PROCUREMENT,
    DESIGN_CONTEST,
    OPEN_OR_RESTRICTED_FUNCTIONAL
}
