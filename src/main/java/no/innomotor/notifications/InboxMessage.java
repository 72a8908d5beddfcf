package no.innomotor.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A message in one person's inbox. It keeps what happened (the kind, with typed parameters) rather than text, so the
 * reader sees it in their own language, with dates and names formatted for it.
 */
@Entity
@Table(name = "inbox_message")
class InboxMessage {

    @Id
    private UUID id;

    @Column(name = "recipient_id", nullable = false)
    private UUID recipientId;

    @Column(nullable = false, length = 100)
    private String kind;

    @Column(columnDefinition = "text")
    private @Nullable String parameters;

    @Column(length = 500)
    private @Nullable String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Column(name = "settled_at")
    private @Nullable Instant settledAt;

    /** The kind of notice that settled it (its title says why), e.g. "mandate-signed". */
    @Column(name = "settled_kind", length = 100)
    private @Nullable String settledKind;

    protected InboxMessage() {}

    InboxMessage(PersonId recipient, String kind, @Nullable String parameters, @Nullable String link, Instant now) {
        this.id = UUID.randomUUID();
        this.recipientId = recipient.value();
        this.kind = kind;
        this.parameters = parameters;
        this.link = link;
        this.createdAt = now;
    }

    /** Marks the message read; reading it again keeps the first time. */
    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** What it asked for was done, by this person or another: it no longer waits, and counts as read. */
    void settle(String byKind, Instant now) {
        read(now);
        if (settledAt == null) {
            settledAt = now;
            settledKind = byKind;
        }
    }

    @Nullable
    Instant settledAt() {
        return settledAt;
    }

    @Nullable
    String settledKind() {
        return settledKind;
    }

    UUID id() {
        return id;
    }

    PersonId recipient() {
        return new PersonId(recipientId);
    }

    String kind() {
        return kind;
    }

    @Nullable
    String parameters() {
        return parameters;
    }

    @Nullable
    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant readAt() {
        return readAt;
    }
}
