package no.innomotor.organisations;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect settings of the organisations module ({@code innomotor.organisations.oidc.*}).
 *
 * @param trustedEmailRegistrations client registrations whose {@code email} claim is trusted as verified even without
 *     {@code email_verified}: only for a provider that controls every address it issues, such as a single-tenant
 *     Entra ID directory of the platform operator. Never list a multi-tenant Entra ID registration here: there any
 *     tenant can put any address in {@code email}.
 */
@ConfigurationProperties("innomotor.organisations.oidc")
record OidcProperties(@Nullable List<String> trustedEmailRegistrations) {

    OidcProperties {
        trustedEmailRegistrations =
                trustedEmailRegistrations == null ? List.of() : List.copyOf(trustedEmailRegistrations);
    }

    boolean trustsEmailOf(String registrationId) {
        return trustedEmailRegistrations != null && trustedEmailRegistrations.contains(registrationId);
    }
}
