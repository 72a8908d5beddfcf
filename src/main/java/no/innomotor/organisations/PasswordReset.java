package no.innomotor.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** A request to reset a person's password; its link works once, for a limited time. */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Version
    private long version;

    protected PasswordReset() {}

    PasswordReset(PersonId person, String tokenHash, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isOpen(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the link up, or withdraws it because another link was used; either way it no longer works. */
    void close(Instant now) {
        if (usedAt == null) {
            this.usedAt = now;
        }
    }

    PersonId personId() {
        return new PersonId(personId);
    }
}
