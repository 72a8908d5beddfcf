package no.innomotor.audit;

import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A recorded change as other modules and pages read it. {@code actorName} is null for the platform itself.
 * {@code actionName} and {@code line} are rendered in the reader's language ({@link AuditLines}); {@code summary} is
 * the untranslated fallback stored with the record.
 */
public record AuditEntry(
        UUID id,
        Instant occurredAt,
        @Nullable PersonId actor,
        @Nullable String actorName,
        @Nullable OrganisationId organisation,
        String action,
        String objectType,
        String objectId,
        String summary,
        String actionName,
        String line) {}
