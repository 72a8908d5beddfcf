package no.innomotor.platform.web;

import java.util.List;
import java.util.Optional;
import no.innomotor.organisations.OidcLogin;

/**
 * The sign-in page (platform/login.jte): whether the last attempt failed or the account is locked, the OpenID
 * Connect providers to sign in with, and why a provider's sign-in was refused.
 */
public record LoginPage(
        boolean error, boolean locked, List<OidcLogin.Provider> providers, Optional<String> oidcRefusal) {

    static final String TEMPLATE = "platform/login";
}
