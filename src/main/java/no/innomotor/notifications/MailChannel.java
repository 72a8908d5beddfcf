package no.innomotor.notifications;

/** How a mail left the platform. */
public enum MailChannel {
    /** Handed to the SMTP server configured with {@code spring.mail.*}. */
    SMTP,
    /** Kept in the development outbox: no SMTP server is configured. */
    OUTBOX
}
