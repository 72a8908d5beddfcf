package no.innomotor.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The bytes of a dialogue file, kept apart so lists of files never load them. Written once. */
@Entity
@Table(name = "dialogue_attachment_content")
class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private UUID attachmentId;

    @Column(nullable = false)
    private byte[] content;

    /** A wrapper, so a new row is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    protected AttachmentContent() {}

    AttachmentContent(AttachmentId attachment, byte[] content) {
        this.attachmentId = attachment.value();
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }
}
