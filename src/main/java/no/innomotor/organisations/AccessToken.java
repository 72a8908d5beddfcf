package no.innomotor.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A person's personal access token for the API. The secret itself is never stored: only its SHA-256 hash, and a
 * short prefix for the person to recognise it by. No version column: the last use is written by a single-column
 * update (see {@link AccessTokenRepository#markUsed}), so that it never races with a revocation.
 */
@Entity
@Table(name = "access_token")
class AccessToken {

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccessTokenScope scope;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 12)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected AccessToken() {}

    AccessToken(
            PersonId person,
            String name,
            AccessTokenScope scope,
            String tokenHash,
            String prefix,
            Instant now,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.name = name;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether the token authenticates now: not revoked and not expired. */
    boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    UUID id() {
        return id;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    String name() {
        return name;
    }

    AccessTokenScope scope() {
        return scope;
    }

    String prefix() {
        return prefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant lastUsedAt() {
        return lastUsedAt;
    }

    AccessTokenSummary summary(Instant now) {
        return new AccessTokenSummary(
                id, name, scope, prefix, createdAt, expiresAt, lastUsedAt, !now.isBefore(expiresAt));
    }
}
