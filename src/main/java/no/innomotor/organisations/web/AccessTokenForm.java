package no.innomotor.organisations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.innomotor.organisations.AccessTokenScope;
import no.innomotor.organisations.AccessTokensManagement;
import no.innomotor.organisations.NewAccessToken;
import org.jspecify.annotations.Nullable;

/** A new access token on the profile page: its name, its scope and how many days it lives. */
public class AccessTokenForm {

    @NotBlank(message = "{organisations.tokens.name.required}")
    @Size(max = AccessTokensManagement.MAX_NAME_LENGTH, message = "{organisations.tokens.name.invalid}")
    private @Nullable String tokenName;

    @NotBlank(message = "{organisations.tokens.scope.required}")
    @Pattern(regexp = "READ|READ_WRITE", message = "{organisations.tokens.scope.required}")
    private @Nullable String scope = AccessTokenScope.READ.name();

    @NotBlank(message = "{organisations.tokens.expiry.invalid}")
    @Pattern(regexp = "30|90|365", message = "{organisations.tokens.expiry.invalid}")
    private @Nullable String validForDays = "90";

    NewAccessToken toCommand() {
        return new NewAccessToken(
                String.valueOf(tokenName), AccessTokenScope.valueOf(scope), Integer.parseInt(validForDays));
    }

    public @Nullable String getTokenName() {
        return tokenName;
    }

    public void setTokenName(@Nullable String tokenName) {
        this.tokenName = tokenName;
    }

    public @Nullable String getScope() {
        return scope;
    }

    public void setScope(@Nullable String scope) {
        this.scope = scope;
    }

    public @Nullable String getValidForDays() {
        return validForDays;
    }

    public void setValidForDays(@Nullable String validForDays) {
        this.validForDays = validForDays;
    }
}
