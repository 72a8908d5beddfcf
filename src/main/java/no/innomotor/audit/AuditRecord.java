package no.innomotor.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * One change, recorded once and never updated. It tells Spring Data that a record not yet stored is new, so saving
 * one inserts it at once instead of first looking for its freshly made id.
 */
@Entity
@Immutable
@Table(name = "audit_record")
class AuditRecord implements Persistable<UUID> {

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

    @Transient
    private boolean stored;

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

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
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
