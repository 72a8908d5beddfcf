package no.innomotor.organisations;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An access token as its owner's profile page lists it: never with the secret or its hash, only the short prefix
 * the secret starts with.
 */
public record AccessTokenSummary(
        UUID id,
        String name,
        AccessTokenScope scope,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        boolean expired)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
