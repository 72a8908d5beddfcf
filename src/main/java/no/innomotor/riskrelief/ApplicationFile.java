package no.innomotor.riskrelief;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A file the applicant attached: to the application itself, or to a milestone's report ({@code purpose} names the
 * milestone). Stored in the database, size-limited by the upload inspector.
 */
@Entity
@Table(name = "riskrelief_attachment")
class ApplicationFile {

    static final String APPLICATION = "application";

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private byte[] content;

    /** "application", or the id of the milestone whose report it belongs to. */
    @Column(nullable = false, length = 40)
    private String purpose;

    @Column(name = "uploaded_by", nullable = false)
    private UUID uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicationFile() {}

    ApplicationFile(
            ApplicationId application,
            String filename,
            String contentType,
            byte[] content,
            @Nullable MilestoneId milestone,
            PersonId by,
            Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = application.value();
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.purpose = milestone == null ? APPLICATION : milestone.toString();
        this.uploadedBy = by.value();
        this.uploadedAt = at;
    }

    ApplicationFileId id() {
        return new ApplicationFileId(id);
    }

    UUID applicationId() {
        return applicationId;
    }

    String filename() {
        return filename;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content.clone();
    }
}
