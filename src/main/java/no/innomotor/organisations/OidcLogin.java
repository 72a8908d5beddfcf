package no.innomotor.organisations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What the login page and the security configuration need to offer OpenID Connect sign-in: one "Log in with …" link
 * per configured client registration ({@code spring.security.oauth2.client.registration.<id>.*}), and a failure
 * handler that tells the person, on the login page, why a sign-in was refused.
 */
@Component
public class OidcLogin {

    /** Error code: the provider vouched for an address no account here has. */
    public static final String NO_ACCOUNT = "innomotor_no_account";
    /** Error code: the identity is not linked, and the provider gave no verified e-mail address. */
    public static final String EMAIL_NOT_VERIFIED = "innomotor_email_not_verified";
    /** Error code: a link was asked for, but the answer came for another person, provider or too late. */
    static final String LINK_FAILED = "innomotor_link_failed";
    /** Error code: the identity is already linked to another person. */
    static final String IDENTITY_TAKEN = "innomotor_identity_taken";

    /** Request attribute: the authentication to keep after an identity was linked (see {@link #successHandler}). */
    static final String LINKED_ATTRIBUTE = OidcLogin.class.getName() + ".LINKED";

    /** Flash attributes the profile page shows: a success message key, and a problem message key. */
    public static final String FLASH = "flash";

    public static final String PROBLEM = "problem";

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

    /**
     * Sends a refused or failed OpenID Connect sign-in back to the login page, with the reason; a failed link back to
     * the profile page, with a message. A link still pending is used up either way.
     */
    public AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String code = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode()
                    : "";
            boolean linking =
                    IdentityLinking.take(request) != null || LINK_FAILED.equals(code) || IDENTITY_TAKEN.equals(code);
            if (linking) {
                flash(
                        request,
                        response,
                        PROBLEM,
                        IDENTITY_TAKEN.equals(code)
                                ? "organisations.profile.link.taken"
                                : "organisations.profile.link.failed");
                response.sendRedirect(request.getContextPath() + "/profile");
                return;
            }
            String reason = NO_ACCOUNT.equals(code)
                    ? "no-account"
                    : EMAIL_NOT_VERIFIED.equals(code) ? "email-not-verified" : "failed";
            response.sendRedirect(request.getContextPath() + "/login?oidc=" + reason);
        };
    }

    /**
     * After an OpenID Connect sign-in: to the page the person wanted, or the front page. After linking an identity,
     * the person is kept signed in exactly as before — linking never switches who is signed in — and sent back to
     * their profile page. A person whose account is locked after failed sign-ins ({@code accountLocked}, given the
     * e-mail address) is not signed in while the lock holds: the session is ended and they see the login page's
     * lock message, as with a password.
     */
    public AuthenticationSuccessHandler successHandler(Predicate<String> accountLocked) {
        SavedRequestAwareAuthenticationSuccessHandler signIn = new SavedRequestAwareAuthenticationSuccessHandler();
        signIn.setDefaultTargetUrl("/");
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        return (request, response, authentication) -> {
            if (!(request.getAttribute(LINKED_ATTRIBUTE) instanceof Authentication kept)) {
                if (authentication.getPrincipal() instanceof CurrentUser user && accountLocked.test(user.email())) {
                    holder.clearContext();
                    repository.saveContext(holder.createEmptyContext(), request, response);
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                    response.sendRedirect(request.getContextPath() + "/login?locked");
                    return;
                }
                signIn.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(kept);
            holder.setContext(context);
            repository.saveContext(context, request, response);
            flash(request, response, FLASH, "organisations.profile.link.done");
            response.sendRedirect(request.getContextPath() + "/profile");
        };
    }

    private static void flash(HttpServletRequest request, HttpServletResponse response, String name, String key) {
        FlashMap flash = new FlashMap();
        flash.put(name, key);
        flash.setTargetRequestPath(request.getContextPath() + "/profile");
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
    }
}
