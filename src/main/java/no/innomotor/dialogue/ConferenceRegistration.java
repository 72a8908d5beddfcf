package no.innomotor.dialogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innomotor.dialogue.DialogueEvents.ConferencePlaceGiven;
import no.innomotor.dialogue.DialogueEvents.ConferenceRegistered;
import no.innomotor.dialogue.DialogueEvents.ConferenceRegistrationCancelled;
import no.innomotor.dialogue.DialogueEvents.ConferenceWaitlisted;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A company's registration for the dialogue conference, with the named people who come; one per company. */
@Entity
@Table(name = "dialogue_conference_registration")
class ConferenceRegistration extends AbstractAggregateRoot<ConferenceRegistration> {

    @Id
    private UUID id;

    @Column(name = "conference_id", nullable = false)
    private UUID conferenceId;

    @Column(name = "company_id", nullable = false)
    private UUID companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SeatStatus status;

    @Column(name = "registered_by", nullable = false)
    private UUID registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "promoted_at")
    private @Nullable Instant promotedAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "dialogue_conference_participant", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "sort_order")
    private List<Attendee> participants = new ArrayList<>();

    protected ConferenceRegistration() {}

    ConferenceRegistration(
            Conference conference,
            Announcement announcement,
            OrganisationId company,
            String companyName,
            List<Participant> people,
            boolean fits,
            PersonId by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.conferenceId = conference.id();
        this.companyId = company.value();
        this.status = fits ? SeatStatus.CONFIRMED : SeatStatus.WAITING;
        this.registeredBy = by.value();
        this.registeredAt = now.truncatedTo(ChronoUnit.MICROS);
        people.forEach(p -> participants.add(new Attendee(p.name(), p.email())));
        registerEvent(
                fits
                        ? new ConferenceRegistered(
                                by,
                                announcement.organisation(),
                                announcement.id(),
                                announcement.title(),
                                company,
                                companyName,
                                participants.size())
                        : new ConferenceWaitlisted(
                                by,
                                announcement.organisation(),
                                announcement.id(),
                                announcement.title(),
                                company,
                                companyName,
                                participants.size()));
    }

    /** Places came free: the waiting company gets them. */
    void promote(Announcement announcement, String companyName, PersonId by, Instant now) {
        this.status = SeatStatus.CONFIRMED;
        this.promotedAt = now.truncatedTo(ChronoUnit.MICROS);
        registerEvent(new ConferencePlaceGiven(
                by, announcement.organisation(), announcement.id(), announcement.title(), company(), companyName));
    }

    /** Registers the cancellation; the service then deletes the registration, which publishes it. */
    ConferenceRegistration cancel(Announcement announcement, String companyName, PersonId by) {
        registerEvent(new ConferenceRegistrationCancelled(
                by, announcement.organisation(), announcement.id(), announcement.title(), company(), companyName));
        return this;
    }

    UUID id() {
        return id;
    }

    OrganisationId company() {
        return new OrganisationId(companyId);
    }

    SeatStatus status() {
        return status;
    }

    boolean confirmed() {
        return status == SeatStatus.CONFIRMED;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    int persons() {
        return participants.size();
    }

    List<Participant> participants() {
        return participants.stream().map(p -> new Participant(p.name, p.email)).toList();
    }

    /** The events registered and not yet published, for the aggregate's own tests. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    @Embeddable
    static class Attendee {

        @Column(nullable = false, length = Participant.MAX_NAME)
        private String name;

        @Column(nullable = false, length = Participant.MAX_EMAIL)
        private String email;

        protected Attendee() {}

        Attendee(String name, String email) {
            this.name = name;
            this.email = email;
        }
    }
}
