package no.innomotor.organisations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.organisations.OrganisationEvents.IdentityLinked;
import no.innomotor.organisations.OrganisationEvents.IdentityUnlinked;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking sign-in identities at OpenID Connect providers (ID-porten, Entra ID) to a person's account, so that a
 * provider that gives no e-mail address (ID-porten) can sign them in.
 *
 * <p>Only the person themself links, while signed in: the profile page's "Link …" button (a POST with the CSRF token)
 * leaves a {@linkplain PendingLink pending link} in their session and sends them to the provider. When the provider
 * sends them back, {@link PersonOidcUserService} takes the pending link — whatever happens next, it is used up — and
 * stores the provider's {@code sub} for the person, provided the session still belongs to the same person, the
 * provider is the one asked for, the link is fresh, and no one else has linked that identity. The person stays
 * signed in as they were; see {@link OidcLogin#successHandler}. The provider's answer comes back only to the
 * session that asked (Spring Security checks the {@code state}), so nobody can attach their identity to another
 * person's account.
 */
@Service
@Transactional
public class IdentityLinking {

    private static final Logger log = LoggerFactory.getLogger(IdentityLinking.class);

    /** How long a pending link waits for the provider's answer. */
    static final Duration PENDING_FOR = Duration.ofMinutes(10);

    private static final String PENDING = IdentityLinking.class.getName() + ".PENDING";

    /** A link the signed-in person asked for, waiting in their session for the provider's answer. */
    record PendingLink(PersonId person, String registrationId, Instant expiresAt) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final LinkedIdentityRepository identities;
    private final PersonRepository people;
    private final OidcLogin oidcLogin;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentityLinking(
            LinkedIdentityRepository identities,
            PersonRepository people,
            OidcLogin oidcLogin,
            ApplicationEventPublisher events,
            Clock clock) {
        this.identities = identities;
        this.people = people;
        this.oidcLogin = oidcLogin;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts linking the provider to the signed-in person: remembers the request in their session and returns where
     * to send them (the start of the provider's sign-in). Refused for a provider that is not configured, and for one
     * the person has already linked.
     */
    public String start(CurrentUser user, String registrationId, HttpServletRequest request) {
        if (oidcLogin.providers().stream().noneMatch(p -> p.registrationId().equals(registrationId))) {
            throw new SignInProviderNotFound(registrationId);
        }
        if (identities
                .findByPersonIdAndRegistrationId(user.personId().value(), registrationId)
                .isPresent()) {
            throw new IdentityAlreadyLinked();
        }
        request.getSession()
                .setAttribute(
                        PENDING,
                        new PendingLink(
                                user.personId(), registrationId, clock.instant().plus(PENDING_FOR)));
        return new OidcLogin.Provider(registrationId, registrationId).path();
    }

    /** Takes the pending link out of the session, if there is one: it can be used once. */
    static @Nullable PendingLink take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object pending = session.getAttribute(PENDING);
        session.removeAttribute(PENDING);
        return pending instanceof PendingLink link ? link : null;
    }

    /**
     * Completes a pending link with the provider's answer, for the person signed in now ({@code current}). Throws
     * {@link LinkRefused} with {@link OidcLogin#LINK_FAILED} when the session is no longer the person's, the provider
     * is not the one asked for or the link is stale, and with {@link OidcLogin#IDENTITY_TAKEN} when the identity
     * belongs to someone else.
     */
    PersonId complete(PendingLink pending, String registrationId, String subject, @Nullable Authentication current) {
        PersonId signedIn =
                current != null && current.isAuthenticated() && current.getPrincipal() instanceof CurrentUser user
                        ? user.personId()
                        : null;
        if (!pending.person().equals(signedIn)
                || !pending.registrationId().equals(registrationId)
                || !clock.instant().isBefore(pending.expiresAt())
                || subject.isBlank()) {
            log.info(
                    "Linking {} to {} refused: stale, for another provider or another session",
                    registrationId,
                    pending.person());
            throw new LinkRefused(OidcLogin.LINK_FAILED);
        }
        Person person = people.findById(signedIn.value())
                .filter(Person::enabled)
                .orElseThrow(() -> new LinkRefused(OidcLogin.LINK_FAILED));
        Optional<LinkedIdentity> existing = identities.findByRegistrationIdAndSubject(registrationId, subject);
        if (existing.isPresent()) {
            if (existing.get().personId().equals(person.id())) {
                return person.id();
            }
            log.info("Linking {} to {} refused: the identity is linked to another person", registrationId, person.id());
            throw new LinkRefused(OidcLogin.IDENTITY_TAKEN);
        }
        if (identities
                .findByPersonIdAndRegistrationId(person.id().value(), registrationId)
                .isPresent()) {
            throw new LinkRefused(OidcLogin.LINK_FAILED);
        }
        LinkedIdentity identity;
        try {
            identity =
                    identities.saveAndFlush(new LinkedIdentity(person.id(), registrationId, subject, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new LinkRefused(OidcLogin.IDENTITY_TAKEN);
        }
        events.publishEvent(new IdentityLinked(person.id(), person.id(), identity.id(), registrationId));
        return person.id();
    }

    /** The enabled person who linked this identity, if anyone did. */
    @Transactional(readOnly = true)
    Optional<Person> personLinkedTo(String registrationId, String subject) {
        return identities
                .findByRegistrationIdAndSubject(registrationId, subject)
                .flatMap(identity -> people.findById(identity.personId().value()))
                .filter(Person::enabled);
    }

    /** The identities the person has linked, oldest first, with the providers' names. */
    @Transactional(readOnly = true)
    public List<LinkedIdentitySummary> linkedTo(PersonId person) {
        Map<String, String> names = oidcLogin.providers().stream()
                .collect(Collectors.toMap(OidcLogin.Provider::registrationId, OidcLogin.Provider::name, (a, b) -> a));
        return identities.findByPersonIdOrderByLinkedAtAsc(person.value()).stream()
                .map(identity -> new LinkedIdentitySummary(
                        identity.id(),
                        identity.registrationId(),
                        names.getOrDefault(identity.registrationId(), identity.registrationId()),
                        identity.linkedAt()))
                .toList();
    }

    /** The configured providers the person has not linked yet. */
    @Transactional(readOnly = true)
    public List<OidcLogin.Provider> linkable(PersonId person) {
        List<String> linked = identities.findByPersonIdOrderByLinkedAtAsc(person.value()).stream()
                .map(LinkedIdentity::registrationId)
                .toList();
        return oidcLogin.providers().stream()
                .filter(p -> !linked.contains(p.registrationId()))
                .toList();
    }

    /** Removes one of the signed-in person's linked identities; anyone else's is reported as not found. */
    public LinkedIdentitySummary unlink(UUID identityId, CurrentUser user) {
        LinkedIdentity identity = identities
                .findById(identityId)
                .filter(found -> found.personId().equals(user.personId()))
                .orElseThrow(() -> new LinkedIdentityNotFound(identityId));
        LinkedIdentitySummary summary = linkedTo(user.personId()).stream()
                .filter(s -> s.id().equals(identityId))
                .findFirst()
                .orElseThrow();
        identities.delete(identity);
        events.publishEvent(
                new IdentityUnlinked(user.personId(), user.personId(), identity.id(), identity.registrationId()));
        return summary;
    }
}
