package no.innomotor.riskrelief;

/** Where an application stands, as its applicant always sees it. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN,
    DECIDED,
    CLOSED
}
