package no.innomotor.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;

/** What is known about an uploaded document; its bytes live apart in {@link DocumentContent}. */
@Entity
@Table(name = "project_document")
class ProjectDocument {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "step_number", nullable = false)
    private int stepNumber;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by")
    private @Nullable UUID uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** A wrapper, so a new aggregate is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    protected ProjectDocument() {}

    ProjectDocument(
            ProjectId project,
            RoadmapStep step,
            String filename,
            String contentType,
            long sizeBytes,
            String sha256,
            PersonId uploadedBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.stepNumber = step.number();
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy.value();
        this.uploadedAt = now;
    }

    DocumentId id() {
        return new DocumentId(id);
    }

    ProjectId projectId() {
        return new ProjectId(projectId);
    }

    int stepNumber() {
        return stepNumber;
    }

    String filename() {
        return filename;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    @Nullable
    PersonId uploadedBy() {
        return uploadedBy == null ? null : new PersonId(uploadedBy);
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
