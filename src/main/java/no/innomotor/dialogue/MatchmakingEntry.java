package no.innomotor.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.innomotor.dialogue.DialogueEvents.MatchmakingJoined;
import no.innomotor.dialogue.DialogueEvents.MatchmakingLeft;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A registered company's consent to be shown to the other consenting companies of one announcement, with what it
 * offers and seeks and whom to contact. Leaving deletes it; one per company and announcement.
 */
@Entity
@Table(name = "dialogue_matchmaking")
class MatchmakingEntry extends AbstractAggregateRoot<MatchmakingEntry> {

    static final int MAX_OFFER = 2_000;

    @Id
    private UUID id;

    @Column(name = "announcement_id", nullable = false)
    private UUID announcementId;

    @Column(name = "company_id", nullable = false)
    private UUID companyId;

    @Column(nullable = false, columnDefinition = "text")
    private String offer;

    @Column(name = "contact_name", nullable = false, length = Participant.MAX_NAME)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = Participant.MAX_EMAIL)
    private String contactEmail;

    @Column(name = "joined_by", nullable = false)
    private UUID joinedBy;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Version
    private long version;

    protected MatchmakingEntry() {}

    MatchmakingEntry(
            Announcement announcement,
            OrganisationId company,
            String companyName,
            String offer,
            Participant contact,
            PersonId by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.announcementId = announcement.id().value();
        this.companyId = company.value();
        this.offer = offer;
        this.contactName = contact.name();
        this.contactEmail = contact.email();
        this.joinedBy = by.value();
        this.joinedAt = now.truncatedTo(ChronoUnit.MICROS);
        registerEvent(new MatchmakingJoined(
                by, announcement.organisation(), announcement.id(), announcement.title(), company, companyName));
    }

    /** Registers the leaving; the service then deletes the entry, which publishes it. */
    MatchmakingEntry leave(Announcement announcement, String companyName, PersonId by) {
        registerEvent(new MatchmakingLeft(
                by, announcement.organisation(), announcement.id(), announcement.title(), company(), companyName));
        return this;
    }

    UUID id() {
        return id;
    }

    OrganisationId company() {
        return new OrganisationId(companyId);
    }

    String offer() {
        return offer;
    }

    Participant contact() {
        return new Participant(contactName, contactEmail);
    }

    Instant joinedAt() {
        return joinedAt;
    }
}
