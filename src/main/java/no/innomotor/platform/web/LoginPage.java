package no.innomotor.platform.web;

import java.util.List;
import java.util.Optional;
import no.innomotor.organisations.OidcLogin;

/**
 * The sign-in page (platform/login.jte): whether the last attempt failed or the account is locked, the OpenID
 * Connect providers to sign in with, why a provider's sign-in was refused, and whether the demo accounts are still
 * being set up (demo mode only).
 */
public record LoginPage(
        boolean error,
        boolean locked,
        List<OidcLogin.Provider> providers,
        Optional<String> oidcRefusal,
        boolean demoSettingUp) {

    static final String TEMPLATE = "platform/login";
}
