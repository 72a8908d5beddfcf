package no.innomotor.organisations.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Invite someone to the organisation: their e-mail address and the role they will hold. */
public class InviteForm {

    @NotBlank(message = "{organisations.email.required}")
    @Email(message = "{organisations.email.invalid}")
    @Size(max = 254, message = "{organisations.email.invalid}")
    private @Nullable String email;

    @NotBlank(message = "{organisations.invite.role.required}")
    private @Nullable String role;

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getRole() {
        return role;
    }

    public void setRole(@Nullable String role) {
        this.role = role;
    }
}
