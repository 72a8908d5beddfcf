package no.innomotor.organisations.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The public registration form: the organisation, and the registering person's account and role. The organisation
 * number's check digit, the county, the type/role pair and the password rules are checked in
 * {@link RegistrationPages}; uniqueness is the service's to decide.
 */
public class RegistrationForm {

    @NotBlank(message = "{organisations.register.orgNumber.required}")
    @Size(max = 20, message = "{organisations.register.orgNumber.invalid}")
    private @Nullable String orgNumber;

    @NotBlank(message = "{organisations.register.name.required}")
    @Size(max = 200, message = "{organisations.field.tooLong200}")
    private @Nullable String name;

    @NotBlank(message = "{organisations.register.type.required}")
    private @Nullable String type;

    @NotBlank(message = "{organisations.register.county.required}")
    private @Nullable String nutsCode;

    @Size(max = 200, message = "{organisations.field.tooLong200}")
    private @Nullable String sector;

    @NotBlank(message = "{organisations.register.personName.required}")
    @Size(max = 200, message = "{organisations.field.tooLong200}")
    private @Nullable String personName;

    @NotBlank(message = "{organisations.email.required}")
    @Email(message = "{organisations.email.invalid}")
    @Size(max = 254, message = "{organisations.email.invalid}")
    private @Nullable String email;

    @NotBlank(message = "{organisations.password.required}")
    private @Nullable String password;

    @NotBlank(message = "{organisations.password.confirmRequired}")
    private @Nullable String passwordConfirm;

    @NotBlank(message = "{organisations.register.role.required}")
    private @Nullable String role;

    public @Nullable String getOrgNumber() {
        return orgNumber;
    }

    public void setOrgNumber(@Nullable String orgNumber) {
        this.orgNumber = orgNumber;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getType() {
        return type;
    }

    public void setType(@Nullable String type) {
        this.type = type;
    }

    public @Nullable String getNutsCode() {
        return nutsCode;
    }

    public void setNutsCode(@Nullable String nutsCode) {
        this.nutsCode = nutsCode;
    }

    public @Nullable String getSector() {
        return sector;
    }

    public void setSector(@Nullable String sector) {
        this.sector = sector;
    }

    public @Nullable String getPersonName() {
        return personName;
    }

    public void setPersonName(@Nullable String personName) {
        this.personName = personName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
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

    public @Nullable String getRole() {
        return role;
    }

    public void setRole(@Nullable String role) {
        this.role = role;
    }
}
