package no.innomotor.organisations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import no.innomotor.organisations.OrganisationEvents.RegistrationConfirmationRequested;
import no.innomotor.organisations.OrganisationEvents.RegistrationTriedForKnownAddress;
import no.innomotor.shared.BaseUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering an organisation with one's own account, in two steps, so that the registration page never tells
 * whether an address already has an account. The form is checked (organisation number, type, role, password) and
 * then answered the same way for every address: "we have sent you an e-mail". A new address gets a link that
 * confirms it and creates the organisation and the account; the owner of a known address is told someone tried and
 * where to sign in or reset the password, and nothing is created. Only the hashes of the link's token and of the
 * password are kept while the registration waits.
 */
@Service
@Transactional
public class RegistrationsManagement {

    private static final Logger log = LoggerFactory.getLogger(RegistrationsManagement.class);

    /** How long a confirmation link works. */
    static final Duration VALID_FOR = Duration.ofHours(24);

    /** At most this many links per address and hour, so the form cannot be used to flood someone's inbox. */
    static final int MAX_PER_HOUR = 3;

    private final OrganisationsManagement organisations;
    private final RegistrationRequestRepository requests;
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    RegistrationsManagement(
            OrganisationsManagement organisations,
            RegistrationRequestRepository requests,
            PersonRepository people,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${innomotor.base-url}") String baseUrl) {
        this.organisations = organisations;
        this.requests = requests;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    /**
     * Checks the registration and mails the address: a confirmation link when it has no account, a warning to its
     * owner when it has. Refuses (before any mail) a role the type does not have, a registered organisation number and
     * a password the rules refuse; says nothing about the address either way.
     */
    public void request(RegisterWithAccount command, Locale locale) {
        organisations.checkRegistration(command.organisation(), command.role());
        PasswordRules.check(command.password());
        String email = Person.normalise(command.email());
        Instant now = clock.instant();
        var existing = people.findByEmail(email);
        if (existing.isPresent()) {
            events.publishEvent(
                    new RegistrationTriedForKnownAddress(existing.get().id(), email, locale));
            return;
        }
        if (requests.countByEmailAndCreatedAtAfter(email, now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
            log.info("Registration link not sent: hourly limit for the address reached");
            return;
        }
        String token = Tokens.newToken();
        requests.save(new RegistrationRequest(
                Tokens.hash(token),
                email,
                command.name().trim(),
                passwordEncoder.encode(command.password()),
                command.role(),
                command.organisation(),
                AccountsManagement.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "nb",
                now,
                now.plus(VALID_FOR)));
        events.publishEvent(new RegistrationConfirmationRequested(
                email,
                command.name().trim(),
                command.organisation().name(),
                baseUrl + "/register/confirm/" + token,
                now.plus(VALID_FOR),
                locale));
    }

    /** Whether a confirmation link still works: known, not used, not expired. */
    @Transactional(readOnly = true)
    public boolean isOpen(String token) {
        return open(token) != null;
    }

    /**
     * Follows a confirmation link: creates the organisation and the account as the form said, once. A link that is
     * unknown, used or expired, or whose organisation number or address was registered meanwhile, is refused.
     */
    public Registration confirm(String token) {
        RegistrationRequest request = open(token);
        if (request == null) {
            throw new RegistrationLinkNotValid();
        }
        request.confirm(clock.instant());
        try {
            Registration registration = organisations.register(
                    request.organisation(),
                    request.personName(),
                    request.email(),
                    request.passwordHash(),
                    request.role());
            // What is written to the person from now on is in the language they registered in.
            people.findById(registration.person().id().value())
                    .ifPresent(person -> person.chooseLanguage(request.language()));
            return registration;
        } catch (OrganisationAlreadyRegistered | EmailAlreadyRegistered meanwhile) {
            throw new RegistrationLinkNotValid();
        }
    }

    private @Nullable RegistrationRequest open(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return null;
        }
        Instant now = clock.instant();
        return requests.findByTokenHash(Tokens.hash(token))
                .filter(request -> request.isOpen(now))
                .orElse(null);
    }
}
