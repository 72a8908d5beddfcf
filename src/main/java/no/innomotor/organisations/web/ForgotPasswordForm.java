package no.innomotor.organisations.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The address to send a password-reset link to. */
public class ForgotPasswordForm {

    @NotBlank(message = "{organisations.email.required}")
    @Email(message = "{organisations.email.invalid}")
    @Size(max = 254, message = "{organisations.email.invalid}")
    private @Nullable String email;

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }
}
