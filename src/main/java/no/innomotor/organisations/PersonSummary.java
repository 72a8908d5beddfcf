package no.innomotor.organisations;

import java.util.Locale;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What other modules and pages may read about a person. {@code language} is the language they last chose (nb, nn,
 * en), null if they never chose one: what is written to them (mail) uses it, bokmål otherwise.
 */
public record PersonSummary(
        PersonId id,
        String email,
        String displayName,
        @Nullable String language) {

    static PersonSummary of(Person person) {
        return new PersonSummary(person.id(), person.email(), person.displayName(), person.language());
    }

    /** The language to write to the person in: the one they chose, else bokmål. */
    public Locale locale() {
        return Locale.forLanguageTag(language == null ? "nb" : language);
    }
}
