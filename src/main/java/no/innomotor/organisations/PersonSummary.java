package no.innomotor.organisations;

import no.innomotor.shared.PersonId;

/** What other modules and pages may read about a person. */
public record PersonSummary(PersonId id, String email, String displayName) {

    static PersonSummary of(Person person) {
        return new PersonSummary(person.id(), person.email(), person.displayName());
    }
}
