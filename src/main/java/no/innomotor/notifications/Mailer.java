package no.innomotor.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mail. Spring Boot creates a {@link JavaMailSender} exactly when {@code spring.mail.host} is set;
 * then mail goes over SMTP. Without one, mail is kept in the development outbox. Either way the mail is recorded.
 * A failure to send throws, so the event that asked for the mail stays incomplete and is retried.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final SentMailRepository sent;
    private final Clock clock;
    private final String from;

    Mailer(
            ObjectProvider<JavaMailSender> smtp,
            SentMailRepository sent,
            Clock clock,
            @Value("${innomotor.mail.from}") String from) {
        this.smtp = smtp;
        this.sent = sent;
        this.clock = clock;
        this.from = from;
    }

    boolean smtpConfigured() {
        return smtp.getIfAvailable() != null;
    }

    void send(String to, String subject, String body, Locale locale) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            SentMail kept = sent.save(
                    new SentMail(to, subject, body, locale.toLanguageTag(), MailChannel.OUTBOX, clock.instant()));
            log.info(
                    "Mail {} kept in the outbox (no SMTP server configured)",
                    kept.toRecord().id());
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            message.setHeader("Content-Language", locale.toLanguageTag());
        } catch (MessagingException e) {
            throw new MailPreparationException("A mail could not be prepared", e);
        }
        sender.send(message);
        SentMail record =
                sent.save(new SentMail(to, subject, null, locale.toLanguageTag(), MailChannel.SMTP, clock.instant()));
        log.info("Mail {} sent over SMTP", record.toRecord().id());
    }

    @EventListener(ApplicationReadyEvent.class)
    void tellWhereMailGoes() {
        if (!smtpConfigured()) {
            log.warn("No SMTP server configured (spring.mail.host): mail is kept in the outbox at /admin/outbox, "
                    + "readable by administrators. Configure SMTP before real people use this installation.");
        }
    }
}
