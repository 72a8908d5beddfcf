package no.innomotor.organisations.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A password change on the profile page: the current password, and the new one typed twice ({@link Passwords}). */
public class ChangePasswordForm {

    @NotBlank(message = "{organisations.profile.password.currentRequired}")
    private @Nullable String currentPassword;

    @NotBlank(message = "{organisations.password.required}")
    private @Nullable String password;

    @NotBlank(message = "{organisations.password.confirmRequired}")
    private @Nullable String passwordConfirm;

    public @Nullable String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(@Nullable String currentPassword) {
        this.currentPassword = currentPassword;
    }

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
