package no.innomotor.suppliers;

import no.innomotor.shared.OrganisationId;

/** A company the signed-in person writes the supplier profile of (they hold the supplier role in it). */
public record CompanyChoice(OrganisationId id, String name, boolean hasProfile) {}
