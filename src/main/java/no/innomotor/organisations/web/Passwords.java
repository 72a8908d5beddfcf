package no.innomotor.organisations.web;

import no.innomotor.organisations.PasswordRules;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The password and confirmation fields every form with a new password has, checked the same way everywhere. */
final class Passwords {

    private Passwords() {}

    static void check(@Nullable String password, @Nullable String confirm, Errors errors) {
        if (password != null && !password.isEmpty() && !errors.hasFieldErrors("password")) {
            if (PasswordRules.tooShort(password)) {
                errors.rejectValue(
                        "password", "organisations.password.tooShort", new Object[] {PasswordRules.MIN_LENGTH}, null);
            } else if (PasswordRules.tooLong(password)) {
                errors.rejectValue("password", "organisations.password.tooLong", null, null);
            }
        }
        if (password != null
                && confirm != null
                && !confirm.isEmpty()
                && !errors.hasFieldErrors("passwordConfirm")
                && !password.equals(confirm)) {
            errors.rejectValue("passwordConfirm", "organisations.password.mismatch");
        }
    }
}
