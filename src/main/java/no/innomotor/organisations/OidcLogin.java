package no.innomotor.organisations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * What the login page and the security configuration need to offer OpenID Connect sign-in: one "Log in with …" link
 * per configured client registration ({@code spring.security.oauth2.client.registration.<id>.*}), and a failure
 * handler that tells the person, on the login page, why a sign-in was refused.
 */
@Component
public class OidcLogin {

    /** Error code: the provider vouched for an address no account here has. */
    public static final String NO_ACCOUNT = "innomotor_no_account";
    /** Error code: the provider gave no e-mail address, or did not say it is verified. */
    public static final String EMAIL_NOT_VERIFIED = "innomotor_email_not_verified";

    /** The reasons the login page can show (query parameter {@code oidc}), with their message keys. */
    private static final Map<String, String> REASONS = Map.of(
            "no-account", "organisations.oidc.refused.noAccount",
            "email-not-verified", "organisations.oidc.refused.emailNotVerified",
            "failed", "organisations.oidc.refused.failed");

    /** A provider to sign in with. */
    public record Provider(String registrationId, String name) {
        /** Where Spring Security starts the authorization-code flow for this registration. */
        public String path() {
            return "/oauth2/authorization/" + registrationId;
        }
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    OidcLogin(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    /** The OpenID Connect providers configured, by name; empty when none is. */
    public List<Provider> providers() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        List<Provider> providers = new ArrayList<>();
        if (repository instanceof Iterable<?> all) {
            for (Object item : all) {
                if (item instanceof ClientRegistration registration
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())
                        && registration.getScopes().contains(OidcScopes.OPENID)) {
                    providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        providers.sort(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER));
        return providers;
    }

    /** The message key for a refusal reason from the login page's query, or null for anything unknown. */
    public static @Nullable String refusalMessageKey(@Nullable String reason) {
        return reason == null ? null : REASONS.get(reason);
    }

    /** Sends a refused or failed OpenID Connect sign-in back to the login page, with the reason. */
    public AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String code = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode() : "";
            String reason = NO_ACCOUNT.equals(code) ? "no-account"
                    : EMAIL_NOT_VERIFIED.equals(code) ? "email-not-verified" : "failed";
            response.sendRedirect(request.getContextPath() + "/login?oidc=" + reason);
        };
    }
}
