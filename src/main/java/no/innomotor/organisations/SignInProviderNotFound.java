package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** No OpenID Connect provider is configured with that registration id. */
class SignInProviderNotFound extends DomainException.NotFound {
    SignInProviderNotFound(String registrationId) {
        super("error.404.text", "No OpenID Connect registration " + registrationId);
    }
}
