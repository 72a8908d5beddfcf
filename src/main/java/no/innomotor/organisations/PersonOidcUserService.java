package no.innomotor.organisations;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps a person signed in through OpenID Connect to their account here, by verified e-mail address. Nobody gets an
 * account by signing in: the person must exist (registered, or invited) and the provider must vouch for the address
 * ({@code email_verified}, Entra ID's {@code xms_edov}, or a registration listed in
 * {@code innomotor.organisations.oidc.trusted-email-registrations}). Refusals carry an error code the login page
 * explains ({@link OidcLogin}).
 */
@Component
class PersonOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(PersonOidcUserService.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final PersonRepository people;
    private final PersonDetailsService details;
    private final OidcProperties properties;

    @Autowired
    PersonOidcUserService(PersonRepository people, PersonDetailsService details, OidcProperties properties) {
        this(new OidcUserService(), people, details, properties);
    }

    PersonOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, PersonRepository people,
            PersonDetailsService details, OidcProperties properties) {
        this.provider = provider;
        this.people = people;
        this.details = details;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = provider.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        String email = provided.getEmail();
        if (email == null || email.isBlank() || !verified(provided, registration)) {
            log.info("OpenID Connect sign-in through {} refused: no verified e-mail address", registration);
            throw refusal(OidcLogin.EMAIL_NOT_VERIFIED);
        }
        Person person = people.findByEmail(Person.normalise(email)).filter(Person::enabled).orElseThrow(() -> {
            log.info("OpenID Connect sign-in through {} refused: no account for the address", registration);
            return refusal(OidcLogin.NO_ACCOUNT);
        });
        return new OidcSignedInPerson(person.id(), person.email(), person.displayName(),
                details.membershipsOf(person.id().value()), provided);
    }

    private boolean verified(OidcUser user, String registration) {
        return Boolean.TRUE.equals(user.getEmailVerified()) || isTrue(user.getClaims().get("xms_edov"))
                || properties.trustsEmailOf(registration);
    }

    private static boolean isTrue(@Nullable Object claim) {
        return Boolean.TRUE.equals(claim) || (claim instanceof String text
                && ("true".equals(text.toLowerCase(Locale.ROOT)) || "1".equals(text)));
    }

    private static OAuth2AuthenticationException refusal(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }
}
