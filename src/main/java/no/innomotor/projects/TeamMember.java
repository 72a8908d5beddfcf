package no.innomotor.projects;

import no.innomotor.shared.PersonId;

/** A person on a project's team, or one who could be added: a member of the owning organisation. */
public record TeamMember(PersonId id, String name) {}
