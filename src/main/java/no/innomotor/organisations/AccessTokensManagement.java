package no.innomotor.organisations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.organisations.OrganisationEvents.AccessTokenCreated;
import no.innomotor.organisations.OrganisationEvents.AccessTokenRevoked;
import no.innomotor.shared.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API: a person creates them on their profile page, lists and revokes their own,
 * and a script sends one as {@code Authorization: Bearer …}. A secret is {@link #SECRET_PREFIX} and 256 random bits;
 * only its SHA-256 hash is stored, with its first characters for the list. Every token expires, after one of
 * {@link #VALID_FOR_DAYS} days. The person's roles are read on every request, so a token never outlives a role.
 */
@Service
@Transactional
public class AccessTokensManagement {

    /** The secrets this platform issues start with this, so a leaked one can be recognised (secret scanning). */
    public static final String SECRET_PREFIX = "inm_";

    /** How many days a token may live: a choice of these, never for ever. */
    public static final List<Integer> VALID_FOR_DAYS = List.of(30, 90, 365);

    /** At most this many active (not revoked, not expired) tokens per person. */
    public static final int MAX_ACTIVE_TOKENS = 20;

    public static final int MAX_NAME_LENGTH = 100;

    /** The last use is written at most this often per token, rather than once per request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /** How much of the secret the list shows: the platform prefix and four random characters. */
    private static final int SHOWN_PREFIX_LENGTH = SECRET_PREFIX.length() + 4;

    private final AccessTokenRepository tokens;
    private final PersonRepository people;
    private final PersonDetailsService details;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessTokensManagement(
            AccessTokenRepository tokens,
            PersonRepository people,
            PersonDetailsService details,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.details = details;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a token for the person; the secret in the answer is the only copy there will ever be. */
    public CreatedAccessToken create(PersonId person, NewAccessToken request) {
        String name = request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new AccessTokenNameNotAllowed();
        }
        if (!VALID_FOR_DAYS.contains(request.validForDays())) {
            throw new AccessTokenExpiryNotAllowed(request.validForDays());
        }
        Instant now = clock.instant();
        if (tokens.countByPersonIdAndRevokedAtIsNullAndExpiresAtAfter(person.value(), now) >= MAX_ACTIVE_TOKENS) {
            throw new TooManyAccessTokens();
        }
        String secret = SECRET_PREFIX + Tokens.newToken();
        AccessToken token = tokens.save(new AccessToken(
                person,
                name,
                request.scope(),
                Tokens.hash(secret),
                secret.substring(0, SHOWN_PREFIX_LENGTH),
                now,
                now.plus(Duration.ofDays(request.validForDays()))));
        events.publishEvent(
                new AccessTokenCreated(person, person, token.id(), name, request.scope(), token.expiresAt()));
        return new CreatedAccessToken(token.summary(now), secret);
    }

    /** The person's tokens that are not revoked, newest first; expired ones are marked so. */
    @Transactional(readOnly = true)
    public List<AccessTokenSummary> tokensOf(PersonId person) {
        Instant now = clock.instant();
        return tokens.findByPersonIdAndRevokedAtIsNullOrderByCreatedAtDesc(person.value()).stream()
                .map(token -> token.summary(now))
                .toList();
    }

    /** Revokes one of the person's own tokens; from now on it is refused. Anyone else's is not found. */
    public AccessTokenSummary revoke(PersonId person, UUID tokenId) {
        AccessToken token = tokens.findById(tokenId)
                .filter(found -> found.personId().equals(person) && !found.isRevoked())
                .orElseThrow(() -> new AccessTokenNotFound(tokenId));
        Instant now = clock.instant();
        token.revoke(now);
        events.publishEvent(new AccessTokenRevoked(person, person, token.id(), token.name(), token.scope()));
        return token.summary(now);
    }

    /**
     * The authentication a request with this secret gets: its person with their roles as they are now, and the
     * token's scope. Empty for anything unknown, expired or revoked, and for a person who no longer exists or was
     * disabled. Notes the use, at most once per {@link #LAST_USE_PRECISION}.
     */
    public Optional<AccessTokenAuthentication> authenticate(String secret) {
        if (!secret.startsWith(SECRET_PREFIX) || !Tokens.looksLikeToken(secret.substring(SECRET_PREFIX.length()))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessToken> found =
                tokens.findByTokenHash(Tokens.hash(secret)).filter(t -> t.isActive(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccessToken token = found.get();
        Optional<Person> person = people.findById(token.personId().value()).filter(Person::enabled);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Instant lastUsed = token.lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USE_PRECISION))) {
            tokens.markUsed(token.id(), now, now.minus(LAST_USE_PRECISION));
        }
        Person who = person.get();
        SignedInPerson principal = new SignedInPerson(
                who.id(),
                who.email(),
                who.displayName(),
                null,
                who.enabled(),
                details.membershipsOf(who.id().value()));
        return Optional.of(new AccessTokenAuthentication(principal, token.id(), token.scope()));
    }
}
