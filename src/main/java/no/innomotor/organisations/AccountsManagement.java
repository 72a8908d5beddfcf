package no.innomotor.organisations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import no.innomotor.organisations.OrganisationEvents.PasswordChanged;
import no.innomotor.organisations.OrganisationEvents.PasswordResetRequested;
import no.innomotor.shared.BaseUrl;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords: changing one's own on the profile page, and reset by e-mail. Asking for a reset link answers the same
 * whether or not the account exists (no account enumeration); the link works once, for one hour, and using it closes
 * every other open link of that person. Only the token's hash is stored; the mail is sent by the notifications
 * module, which listens for {@link PasswordResetRequested}.
 */
@Service
@Transactional
public class AccountsManagement {

    private static final Logger log = LoggerFactory.getLogger(AccountsManagement.class);

    /** How long a reset link works. */
    public static final Duration RESET_VALID_FOR = Duration.ofHours(1);

    /** At most this many links per account per hour, so the form cannot be used to flood someone's inbox. */
    static final int MAX_RESETS_PER_HOUR = 3;

    /**
     * Wrong current passwords per person allowed in 15 minutes when changing the password, so that a session left
     * open cannot be used to guess the password (the login page has its own limit).
     */
    static final int MAX_WRONG_CURRENT_PASSWORDS = 5;

    private final PersonRepository people;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final WrongPasswords wrongCurrentPasswords =
            new WrongPasswords(MAX_WRONG_CURRENT_PASSWORDS, Duration.ofMinutes(15));

    AccountsManagement(
            PersonRepository people,
            PasswordResetRepository resets,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${innomotor.base-url}") String baseUrl) {
        this.people = people;
        this.resets = resets;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    /**
     * Sends a reset link to {@code email} if an enabled account has that address; otherwise does nothing. Returns
     * nothing either way, so the caller cannot tell the difference.
     */
    public void requestPasswordReset(String email, Locale locale) {
        Instant now = clock.instant();
        people.findByEmail(Person.normalise(email)).filter(Person::enabled).ifPresent(person -> {
            if (resets.countByPersonIdAndCreatedAtAfter(person.id().value(), now.minus(Duration.ofHours(1)))
                    >= MAX_RESETS_PER_HOUR) {
                log.info("Password reset for {} not sent: hourly limit reached", person.id());
                return;
            }
            String token = Tokens.newToken();
            PasswordReset reset =
                    resets.save(new PasswordReset(person.id(), Tokens.hash(token), now, now.plus(RESET_VALID_FOR)));
            events.publishEvent(new PasswordResetRequested(
                    person.id(),
                    person.email(),
                    baseUrl + "/password/reset/" + token,
                    now.plus(RESET_VALID_FOR),
                    locale));
        });
    }

    /** Whether a reset link is still good: known, not used, not expired. */
    @Transactional(readOnly = true)
    public boolean isValidResetLink(String token) {
        return open(token) != null;
    }

    /** Sets a new password through a reset link; the link, and every other open link of the person, stop working. */
    public PersonId resetPassword(String token, String newPassword) {
        PasswordReset reset = open(token);
        if (reset == null) {
            throw new PasswordResetNotValid();
        }
        PasswordRules.check(newPassword);
        Person person = people.findById(reset.personId().value()).orElseThrow(PasswordResetNotValid::new);
        Instant now = clock.instant();
        resets.findByPersonIdAndUsedAtIsNull(person.id().value()).forEach(open -> open.close(now));
        reset.close(now);
        person.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(person.id(), person.id(), true));
        return person.id();
    }

    /**
     * Changes the password of a signed-in person, who proves it is them with the current one. Open reset links stop
     * working, and every other session of the person ends ({@link PasswordChanged}).
     */
    public void changePassword(PersonId personId, String currentPassword, String newPassword) {
        Person person = people.findById(personId.value())
                .filter(Person::enabled)
                .orElseThrow(() -> new CurrentPasswordWrong(false));
        Instant attempt = clock.instant();
        if (wrongCurrentPasswords.isLocked(personId, attempt)) {
            throw new CurrentPasswordWrong(true);
        }
        String hash = person.passwordHash();
        if (hash == null || !passwordEncoder.matches(currentPassword, hash)) {
            wrongCurrentPasswords.record(personId, attempt);
            throw new CurrentPasswordWrong(false);
        }
        wrongCurrentPasswords.clear(personId);
        PasswordRules.check(newPassword);
        Instant now = clock.instant();
        resets.findByPersonIdAndUsedAtIsNull(person.id().value()).forEach(open -> open.close(now));
        person.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(person.id(), person.id(), false));
    }

    /** The languages a person can choose; anything else is ignored. */
    static final java.util.Set<String> LANGUAGES = java.util.Set.of("nb", "nn", "en");

    /** Records the language the person chose (nb, nn, en), for what is written to them; another value is ignored. */
    public void chooseLanguage(PersonId personId, String language) {
        if (LANGUAGES.contains(language)) {
            people.findById(personId.value()).ifPresent(person -> person.chooseLanguage(language));
        }
    }

    /** Whether the person can sign in with a password here (people who came through OpenID Connect may not). */
    @Transactional(readOnly = true)
    public boolean hasPassword(PersonId personId) {
        return people.findById(personId.value())
                .map(person -> person.passwordHash() != null)
                .orElse(false);
    }

    private @Nullable PasswordReset open(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return null;
        }
        Instant now = clock.instant();
        return resets.findByTokenHash(Tokens.hash(token))
                .filter(reset -> reset.isOpen(now))
                .orElse(null);
    }
}
