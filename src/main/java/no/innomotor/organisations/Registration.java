package no.innomotor.organisations;

/** The result of a registration: the new organisation (approved, or waiting for approval) and the new account. */
public record Registration(OrganisationSummary organisation, PersonSummary person) {}
