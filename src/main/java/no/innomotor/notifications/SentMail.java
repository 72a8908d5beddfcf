package no.innomotor.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A mail the platform sent. The body is kept only for the development outbox: a mail sent over SMTP may hold a
 * sign-in or invitation link, which must not lie in the database in clear.
 */
@Entity
@Immutable
@Table(name = "sent_mail")
class SentMail {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(length = 10000)
    private @Nullable String body;

    @Column(nullable = false, length = 10)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailChannel channel;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SentMail() {}

    SentMail(
            String recipient,
            String subject,
            @Nullable String body,
            String language,
            MailChannel channel,
            Instant sentAt) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
        this.body = body;
        this.language = language;
        this.channel = channel;
        this.sentAt = sentAt;
    }

    MailRecord toRecord() {
        return new MailRecord(id, recipient, subject, body, language, channel, sentAt);
    }
}
