package no.innomotor.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One change, recorded once and never updated. */
@Entity
@Immutable
@Table(name = "audit_record")
class AuditRecord {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private @Nullable UUID actorId;

    @Column(name = "organisation_id")
    private @Nullable UUID organisationId;

    @Column(nullable = false)
    private String action;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private String objectId;

    @Column(nullable = false, length = 2000)
    private String summary;

    /** The event's parameters as typed JSON ({@link AuditDetails}); null on records from before they were kept. */
    @Column(columnDefinition = "text")
    private @Nullable String details;

    protected AuditRecord() {}

    AuditRecord(
            Instant occurredAt,
            @Nullable UUID actorId,
            @Nullable UUID organisationId,
            String action,
            String objectType,
            String objectId,
            String summary,
            @Nullable String details) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.organisationId = organisationId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary;
        this.details = details;
    }

    UUID id() {
        return id;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    @Nullable
    UUID actorId() {
        return actorId;
    }

    @Nullable
    UUID organisationId() {
        return organisationId;
    }

    String action() {
        return action;
    }

    String objectType() {
        return objectType;
    }

    String objectId() {
        return objectId;
    }

    String summary() {
        return summary;
    }

    @Nullable
    String details() {
        return details;
    }
}
