package no.innomotor.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A date from a date field (yyyy-mm-dd): required, and a field error in the reader's language when unreadable. */
final class Dates {

    private Dates() {}

    static @Nullable LocalDate required(@Nullable String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "followup.form.date.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "followup.form.date.invalid");
            return null;
        }
    }
}
