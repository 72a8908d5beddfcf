package no.innomotor.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    private UUID id;

    @Column(name = "org_number", nullable = false, unique = true, length = 9)
    private String orgNumber;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    @Column(name = "nuts_code")
    private @Nullable String nutsCode;

    private @Nullable String sector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {}

    Organisation(
            OrgNumber orgNumber,
            String name,
            OrganisationType type,
            @Nullable String nutsCode,
            @Nullable String sector,
            Instant now) {
        this.id = UUID.randomUUID();
        this.orgNumber = orgNumber.value();
        this.name = name;
        this.type = type;
        this.nutsCode = nutsCode;
        this.sector = sector;
        this.status = type.needsApproval() ? OrganisationStatus.PENDING : OrganisationStatus.APPROVED;
        this.createdAt = now;
    }

    /**
     * Approves a pending organisation, or one rejected earlier (an administrator may reconsider). Returns whether
     * anything changed: approving twice is harmless, so a double-clicked button records one decision.
     */
    boolean approve() {
        if (status == OrganisationStatus.APPROVED) {
            return false;
        }
        this.status = OrganisationStatus.APPROVED;
        return true;
    }

    /** Rejects a pending organisation, or withdraws an approval. Returns whether anything changed. */
    boolean reject() {
        if (status == OrganisationStatus.REJECTED) {
            return false;
        }
        this.status = OrganisationStatus.REJECTED;
        return true;
    }

    OrganisationId id() {
        return new OrganisationId(id);
    }

    OrgNumber orgNumber() {
        return new OrgNumber(orgNumber);
    }

    String name() {
        return name;
    }

    OrganisationType type() {
        return type;
    }

    @Nullable
    String nutsCode() {
        return nutsCode;
    }

    @Nullable
    String sector() {
        return sector;
    }

    OrganisationStatus status() {
        return status;
    }

    boolean isApproved() {
        return status == OrganisationStatus.APPROVED;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }
}
