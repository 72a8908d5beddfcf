package no.innomotor.organisations;

/** Whether an organisation may act on the platform. */
public enum OrganisationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
