package no.innomotor.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.innomotor.dialogue.DialogueEvents.DraftDocumentPublished;
import no.innomotor.dialogue.DialogueEvents.DraftSummaryPublished;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A draft tender document out for comment to the companies registered for the dialogue, until its comment deadline;
 * afterwards the team's summary of the comments, naming nobody, goes to all of them.
 */
@Entity
@Table(name = "dialogue_draft_document")
class DraftDocument extends AbstractAggregateRoot<DraftDocument> {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;

    @Id
    private UUID id;

    @Column(name = "announcement_id", nullable = false)
    private UUID announcementId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(name = "comment_deadline", nullable = false)
    private Instant commentDeadline;

    @Column(name = "published_by", nullable = false)
    private UUID publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(columnDefinition = "text")
    private @Nullable String summary;

    @Column(name = "summary_published_at")
    private @Nullable Instant summaryPublishedAt;

    @Version
    private @Nullable Long version;

    protected DraftDocument() {}

    DraftDocument(
            Announcement announcement, DraftFacts facts, List<OrganisationId> registered, PersonId by, Instant now) {
        String cleanTitle = facts.title() == null ? "" : facts.title().strip();
        String cleanDescription =
                facts.description() == null ? "" : facts.description().strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw rejected(
                    "title",
                    cleanTitle.isEmpty() ? "dialogue.draft.form.title.required" : "dialogue.draft.form.title.tooLong");
        }
        if (cleanDescription.isEmpty() || cleanDescription.length() > MAX_TEXT) {
            throw rejected(
                    "description",
                    cleanDescription.isEmpty() ? "dialogue.draft.form.description.required" : "dialogue.text.tooLong");
        }
        if (!facts.commentDeadline().isAfter(now)) {
            throw rejected("commentDeadline", "dialogue.draft.form.deadline.past");
        }
        this.id = UUID.randomUUID();
        this.announcementId = announcement.id().value();
        this.title = cleanTitle;
        this.description = cleanDescription;
        this.commentDeadline = facts.commentDeadline().truncatedTo(ChronoUnit.MICROS);
        this.publishedBy = by.value();
        this.publishedAt = now.truncatedTo(ChronoUnit.MICROS);
        registerEvent(new DraftDocumentPublished(
                by,
                announcement.organisation(),
                announcement.id(),
                announcement.title(),
                id(),
                title,
                commentDeadline,
                registered));
    }

    /** Publishes the summary of the comments, once, to every company registered now. */
    void publishSummary(
            String text, List<OrganisationId> registered, Announcement announcement, PersonId by, Instant now) {
        if (summary != null) {
            throw new ConferenceExceptions.DraftSummaryPublished(id());
        }
        this.summary = text;
        this.summaryPublishedAt = now.truncatedTo(ChronoUnit.MICROS);
        registerEvent(new DraftSummaryPublished(
                by, announcement.organisation(), announcement.id(), announcement.title(), id(), title, registered));
    }

    boolean open(Instant now) {
        return commentDeadline.isAfter(now);
    }

    private static AnnouncementInputRejected rejected(String field, String key) {
        return new AnnouncementInputRejected(field, key, "Draft document refused: " + field);
    }

    DraftId id() {
        return new DraftId(id);
    }

    AnnouncementId announcement() {
        return new AnnouncementId(announcementId);
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    Instant commentDeadline() {
        return commentDeadline;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    @Nullable
    String summary() {
        return summary;
    }

    @Nullable
    Instant summaryPublishedAt() {
        return summaryPublishedAt;
    }

    /** The events registered and not yet published, for the aggregate's own tests. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
