package no.innomotor.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.innomotor.dialogue.DialogueEvents.DraftDocumentCommented;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A company's written comment on a draft document: read by the team and the commenting company only. */
@Entity
@Table(name = "dialogue_draft_comment")
class DraftComment extends AbstractAggregateRoot<DraftComment> {

    @Id
    private UUID id;

    @Column(name = "draft_id", nullable = false)
    private UUID draftId;

    @Column(name = "company_id", nullable = false)
    private UUID companyId;

    @Column(name = "commented_by", nullable = false)
    private UUID commentedBy;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "commented_at", nullable = false)
    private Instant commentedAt;

    protected DraftComment() {}

    DraftComment(
            DraftDocument draft,
            Announcement announcement,
            OrganisationId company,
            String text,
            PersonId by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.draftId = draft.id().value();
        this.companyId = company.value();
        this.commentedBy = by.value();
        this.text = text;
        this.commentedAt = now.truncatedTo(ChronoUnit.MICROS);
        registerEvent(new DraftDocumentCommented(
                by, announcement.organisation(), announcement.id(), announcement.title(), draft.id()));
    }

    UUID id() {
        return id;
    }

    OrganisationId company() {
        return new OrganisationId(companyId);
    }

    PersonId commentedBy() {
        return new PersonId(commentedBy);
    }

    String text() {
        return text;
    }

    Instant commentedAt() {
        return commentedAt;
    }

    /** The events registered and not yet published, for the aggregate's own tests. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
