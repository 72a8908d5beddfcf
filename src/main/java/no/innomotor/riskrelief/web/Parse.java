package no.innomotor.riskrelief.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Reading typed values from the forms, each refusal a field error in the reader's language. */
final class Parse {

    private Parse() {}

    static @Nullable LocalDate date(@Nullable String typed, String field, boolean required, Errors errors) {
        if (typed == null || typed.isBlank()) {
            if (required && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "riskrelief.form.date.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "riskrelief.form.date.invalid");
            return null;
        }
    }

    /** Whole kroner or hours as Norwegians write them (1 500 000, 1.500.000 kr); empty is zero unless required. */
    static long amount(@Nullable String typed, String field, boolean required, Errors errors) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                errors.rejectValue(field, "riskrelief.form.amount.required");
            }
            return 0;
        }
        Money.Parsed parsed = Money.inspectNok(typed);
        if (parsed != Money.Parsed.OK) {
            errors.rejectValue(field, "riskrelief.form.amount." + parsed.name());
            return 0;
        }
        return Money.parseNok(typed).orElseThrow().kroner();
    }

    static int integer(@Nullable String typed, String field, int min, int max, Errors errors) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            if (value < min || value > max) {
                errors.rejectValue(field, "riskrelief.form.number.range", new Object[] {min, max}, null);
                return min;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "riskrelief.form.number.range", new Object[] {min, max}, null);
            return min;
        }
    }

    static Set<CostCategory> categories(@Nullable List<String> typed, String field, Errors errors) {
        Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
        if (typed != null) {
            for (String value : typed) {
                try {
                    categories.add(CostCategory.valueOf(value));
                } catch (IllegalArgumentException e) {
                    errors.rejectValue(field, "riskrelief.form.choose");
                }
            }
        }
        return categories;
    }

    static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, "riskrelief.form.choose");
            return null;
        }
        try {
            return Enum.valueOf(type, typed);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "riskrelief.form.choose");
            return null;
        }
    }

    static String text(@Nullable String typed) {
        return typed == null ? "" : typed.strip();
    }
}
