package no.innomotor.organisations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import no.innomotor.organisations.IdentityLinking.PendingLink;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Maps a person signed in through OpenID Connect to their account here. Nobody gets an account by signing in: the
 * person must exist (registered, or invited). In this order:
 *
 * <ol>
 *   <li>When the signed-in person asked to link this provider ({@link IdentityLinking}), the provider's identity is
 *       linked to them and they stay who they are.</li>
 *   <li>An identity someone linked signs that person in, whatever e-mail address the provider gives, if any
 *       (ID-porten gives none).</li>
 *   <li>Otherwise the provider must vouch for the e-mail address of an account ({@code email_verified}, Entra ID's
 *       {@code xms_edov}, or a registration listed in
 *       {@code innomotor.organisations.oidc.trusted-email-registrations}).</li>
 * </ol>
 *
 * Refusals carry an error code the login or profile page explains ({@link OidcLogin}).
 */
@Component
class PersonOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(PersonOidcUserService.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final PersonRepository people;
    private final PersonDetailsService details;
    private final IdentityLinking linking;
    private final OidcProperties properties;

    @Autowired
    PersonOidcUserService(
            PersonRepository people, PersonDetailsService details, IdentityLinking linking, OidcProperties properties) {
        this(new OidcUserService(), people, details, linking, properties);
    }

    PersonOidcUserService(
            OAuth2UserService<OidcUserRequest, OidcUser> provider,
            PersonRepository people,
            PersonDetailsService details,
            IdentityLinking linking,
            OidcProperties properties) {
        this.provider = provider;
        this.people = people;
        this.details = details;
        this.linking = linking;
        this.properties = properties;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = provider.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        String subject = provided.getSubject() == null ? "" : provided.getSubject();
        HttpServletRequest http = currentRequest();
        PendingLink pending = http == null ? null : IdentityLinking.take(http);
        if (pending != null) {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            PersonId linked = linking.complete(pending, registration, subject, current);
            // The success handler puts this authentication back: linking never changes who is signed in.
            http.setAttribute(OidcLogin.LINKED_ATTRIBUTE, current);
            return signedIn(people.findById(linked.value()).orElseThrow(), provided);
        }
        Optional<Person> linked = subject.isBlank() ? Optional.empty() : linking.personLinkedTo(registration, subject);
        if (linked.isPresent()) {
            return signedIn(linked.get(), provided);
        }
        String email = provided.getEmail();
        if (email == null || email.isBlank() || !verified(provided, registration)) {
            log.info(
                    "OpenID Connect sign-in through {} refused: not linked, and no verified e-mail address",
                    registration);
            throw refusal(OidcLogin.EMAIL_NOT_VERIFIED);
        }
        Person person = people.findByEmail(Person.normalise(email))
                .filter(Person::enabled)
                .orElseThrow(() -> {
                    log.info("OpenID Connect sign-in through {} refused: no account for the address", registration);
                    return refusal(OidcLogin.NO_ACCOUNT);
                });
        return signedIn(person, provided);
    }

    private OidcSignedInPerson signedIn(Person person, OidcUser provided) {
        return new OidcSignedInPerson(
                person.id(),
                person.email(),
                person.displayName(),
                details.membershipsOf(person.id().value()),
                provided);
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private boolean verified(OidcUser user, String registration) {
        return Boolean.TRUE.equals(user.getEmailVerified())
                || isTrue(user.getClaims().get("xms_edov"))
                || properties.trustsEmailOf(registration);
    }

    private static boolean isTrue(@Nullable Object claim) {
        return Boolean.TRUE.equals(claim)
                || (claim instanceof String text && ("true".equals(text.toLowerCase(Locale.ROOT)) || "1".equals(text)));
    }

    private static OAuth2AuthenticationException refusal(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }
}
