package no.innomotor.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The bytes of an uploaded document, kept apart so lists of documents never load them. Written once. */
@Entity
@Table(name = "project_document_content")
class DocumentContent {

    @Id
    @Column(name = "document_id")
    private UUID documentId;

    @Column(nullable = false)
    private byte[] content;

    /** A wrapper, so a new aggregate is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    protected DocumentContent() {}

    DocumentContent(DocumentId document, byte[] content) {
        this.documentId = document.value();
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }
}
