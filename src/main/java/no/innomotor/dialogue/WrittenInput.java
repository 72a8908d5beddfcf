package no.innomotor.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.innomotor.dialogue.DialogueEvents.InputSent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.springframework.data.domain.AbstractAggregateRoot;

/** Confidential written input from a registered company: read by the buyer's team and the sending company only. */
@Entity
@Table(name = "dialogue_input")
class WrittenInput extends AbstractAggregateRoot<WrittenInput> {

    static final int MAX_TEXT = 20_000;

    @Id
    private UUID id;

    @Column(name = "announcement_id", nullable = false)
    private UUID announcementId;

    @Column(name = "company_id", nullable = false)
    private UUID companyId;

    @Column(name = "sent_by", nullable = false)
    private UUID sentBy;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected WrittenInput() {}

    WrittenInput(Announcement announcement, OrganisationId company, String text, PersonId by, Instant now) {
        this.id = UUID.randomUUID();
        this.announcementId = announcement.id().value();
        this.companyId = company.value();
        this.sentBy = by.value();
        this.text = text;
        this.sentAt = now.truncatedTo(ChronoUnit.MICROS);
        registerEvent(new InputSent(by, announcement.organisation(), announcement.id(), announcement.title(), id()));
    }

    InputId id() {
        return new InputId(id);
    }

    OrganisationId company() {
        return new OrganisationId(companyId);
    }

    PersonId sentBy() {
        return new PersonId(sentBy);
    }

    String text() {
        return text;
    }

    Instant sentAt() {
        return sentAt;
    }
}
