package no.innomotor.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A draft document as the reader may see it. Its title, description and deadline are seen by the team and every
 * supplier; its files and the summary by the team and the companies registered for the dialogue; the comments by
 * the team (all) and each company (its own).
 */
public record DraftView(
        DraftId id,
        AnnouncementId announcement,
        String announcementTitle,
        String title,
        String description,
        Instant commentDeadline,
        Instant publishedAt,
        boolean open,
        boolean team,
        boolean supplier,
        boolean inDialogue,
        List<AttachmentView> files,
        List<DraftCommentView> comments,
        Optional<String> summary,
        Optional<Instant> summaryPublishedAt) {

    public DraftView {
        files = List.copyOf(files);
        comments = List.copyOf(comments);
    }

    public boolean sharedWithReader() {
        return team || inDialogue;
    }
}
