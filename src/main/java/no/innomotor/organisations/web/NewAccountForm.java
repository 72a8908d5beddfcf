package no.innomotor.organisations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The account a person creates when they accept an invitation and have none: name and password (typed twice). */
public class NewAccountForm {

    @NotBlank(message = "{organisations.register.personName.required}")
    @Size(max = 200, message = "{organisations.field.tooLong200}")
    private @Nullable String personName;

    @NotBlank(message = "{organisations.password.required}")
    private @Nullable String password;

    @NotBlank(message = "{organisations.password.confirmRequired}")
    private @Nullable String passwordConfirm;

    public @Nullable String getPersonName() {
        return personName;
    }

    public void setPersonName(@Nullable String personName) {
        this.personName = personName;
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
