package no.innomotor.riskrelief;

import no.innomotor.shared.PersonId;

/** Someone the owner may assign: a member of the platform's expert panel (jury) or an actor of the owner. */
public record AssessorCandidate(PersonId id, String name, String organisationName, boolean jury) {}
