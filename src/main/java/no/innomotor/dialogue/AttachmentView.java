package no.innomotor.dialogue;

import java.time.Instant;
import java.util.UUID;

/** A file as a list shows it; {@code owner} is the id of what it belongs to (the input, the draft, …). */
public record AttachmentView(
        AttachmentId id,
        AnnouncementId announcement,
        AttachmentOwner kind,
        UUID owner,
        String filename,
        String contentType,
        long size,
        Instant uploadedAt) {

    /** The download path. */
    public String href() {
        return "/announcements/" + announcement + "/attachments/" + id;
    }
}
