package no.innomotor.notifications;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.innomotor.organisations.OrganisationEvents.MemberInvited;
import no.innomotor.organisations.OrganisationEvents.PasswordResetRequested;
import no.innomotor.organisations.OrganisationEvents.RegistrationConfirmationRequested;
import no.innomotor.organisations.OrganisationEvents.RegistrationTriedForKnownAddress;
import no.innomotor.shared.BaseUrl;
import no.innomotor.shared.NorwegianTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails with a one-time link the organisations module's events call for: an invitation, a password reset, a
 * registration to confirm (and the warning to the owner of a known address). A role waiting for approval is told
 * through the {@link Notifier}, like every other notice.
 * Written in the language of the request that caused them. Runs after the publishing transaction committed, in its
 * own transaction, from the persistent event publication registry (a mail that fails is retried on restart).
 */
@Component
class OrganisationMails {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    OrganisationMails(Mailer mailer, MessageSource messages, @Value("${innomotor.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    @ApplicationModuleListener
    void on(MemberInvited event) {
        Locale locale = event.locale();
        String role = messages.getMessage(
                "role." + event.role().name(), null, event.role().name(), locale);
        String inviter = event.invitedByName() == null ? "Innomotor" : event.invitedByName();
        mailer.send(
                event.email(),
                messages.getMessage(
                        "notifications.mail.invitation.subject", new Object[] {event.organisationName()}, locale),
                messages.getMessage(
                        "notifications.mail.invitation.body",
                        new Object[] {
                            inviter, event.organisationName(), role, event.acceptLink(), when(event.expiresAt())
                        },
                        locale),
                locale);
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        Locale locale = event.locale();
        mailer.send(
                event.email(),
                messages.getMessage("notifications.mail.reset.subject", null, locale),
                messages.getMessage(
                        "notifications.mail.reset.body",
                        new Object[] {event.email(), event.resetLink(), when(event.expiresAt())},
                        locale),
                locale);
    }

    /** A registration waits for its address to be confirmed: the link that finishes it. */
    @ApplicationModuleListener
    void on(RegistrationConfirmationRequested event) {
        Locale locale = event.locale();
        mailer.send(
                event.email(),
                messages.getMessage("notifications.mail.registration.subject", null, locale),
                messages.getMessage(
                        "notifications.mail.registration.body",
                        new Object[] {
                            event.personName(), event.organisationName(), event.confirmLink(), when(event.expiresAt())
                        },
                        locale),
                locale);
    }

    /** Someone registered with the address of an existing account: its owner is told, and where to sign in. */
    @ApplicationModuleListener
    void on(RegistrationTriedForKnownAddress event) {
        Locale locale = event.locale();
        mailer.send(
                event.email(),
                messages.getMessage("notifications.mail.registrationKnown.subject", null, locale),
                messages.getMessage(
                        "notifications.mail.registrationKnown.body",
                        new Object[] {event.email(), baseUrl + "/login", baseUrl + "/password/forgot"},
                        locale),
                locale);
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(NorwegianTime.ZONE));
    }
}
