package no.innomotor.shared.generation;

import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;

/** One role a generated person holds in one organisation. */
public record GeneratedPerson(PersonId id, String name, String email, OrganisationId organisation, Role role) {}
