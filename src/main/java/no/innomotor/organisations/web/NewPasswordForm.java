package no.innomotor.organisations.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A new password, typed twice: for a reset link. The rules are checked by {@link Passwords}. */
public class NewPasswordForm {

    @NotBlank(message = "{organisations.password.required}")
    private @Nullable String password;

    @NotBlank(message = "{organisations.password.confirmRequired}")
    private @Nullable String passwordConfirm;

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getPasswordConfirm() {
        return passwordConfirm;
    }

    public void setPasswordConfirm(@Nullable String passwordConfirm) {
        this.passwordConfirm = passwordConfirm;
    }
}
