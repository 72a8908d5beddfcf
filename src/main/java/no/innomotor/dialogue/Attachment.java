package no.innomotor.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** A file of the dialogue, checked by its content when it arrived; its bytes are in {@link AttachmentContent}. */
@Entity
@Table(name = "dialogue_attachment")
class Attachment {

    @Id
    private UUID id;

    @Column(name = "announcement_id", nullable = false)
    private UUID announcementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 20)
    private AttachmentOwner ownerKind;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    /** The sending company, for written input; null otherwise. */
    @Column(name = "company_id")
    private @Nullable UUID companyId;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private UUID uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {}

    Attachment(
            AnnouncementId announcement,
            AttachmentOwner kind,
            UUID owner,
            @Nullable OrganisationId company,
            String filename,
            String contentType,
            long size,
            String sha256,
            PersonId by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.announcementId = announcement.value();
        this.ownerKind = kind;
        this.ownerId = owner;
        this.companyId = company == null ? null : company.value();
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = by.value();
        this.uploadedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    AttachmentId id() {
        return new AttachmentId(id);
    }

    AnnouncementId announcement() {
        return new AnnouncementId(announcementId);
    }

    AttachmentOwner kind() {
        return ownerKind;
    }

    UUID owner() {
        return ownerId;
    }

    @Nullable
    OrganisationId company() {
        return companyId == null ? null : new OrganisationId(companyId);
    }

    String filename() {
        return filename;
    }

    String contentType() {
        return contentType;
    }

    AttachmentView view() {
        return new AttachmentView(id(), announcement(), ownerKind, ownerId, filename, contentType, size, uploadedAt);
    }
}
