package no.innomotor.dialogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innomotor.dialogue.DialogueEvents.InterestRegistered;
import no.innomotor.dialogue.DialogueEvents.RegistrationCancelled;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A company's registration of interest in one announcement, with the people who take part; one per company. */
@Entity
@Table(name = "dialogue_registration")
class Registration extends AbstractAggregateRoot<Registration> {

    @Id
    private UUID id;

    @Column(name = "announcement_id", nullable = false)
    private UUID announcementId;

    @Column(name = "company_id", nullable = false)
    private UUID companyId;

    @Column(name = "registered_by", nullable = false)
    private UUID registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @ElementCollection
    @CollectionTable(name = "dialogue_participant", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "sort_order")
    private List<Person> participants = new ArrayList<>();

    protected Registration() {}

    Registration(
            Announcement announcement,
            OrganisationId company,
            String companyName,
            List<Participant> people,
            PersonId by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.announcementId = announcement.id().value();
        this.companyId = company.value();
        this.registeredBy = by.value();
        this.registeredAt = now.truncatedTo(ChronoUnit.MICROS);
        people.forEach(person -> participants.add(new Person(person.name(), person.email())));
        registerEvent(new InterestRegistered(
                by,
                announcement.organisation(),
                announcement.id(),
                announcement.title(),
                company,
                companyName,
                participants.size()));
    }

    /** Registers the cancellation; the service then deletes the registration, which publishes it. */
    Registration cancel(Announcement announcement, String companyName, PersonId by) {
        registerEvent(new RegistrationCancelled(
                by, announcement.organisation(), announcement.id(), announcement.title(), company(), companyName));
        return this;
    }

    java.util.UUID announcementId() {
        return announcementId;
    }

    OrganisationId company() {
        return new OrganisationId(companyId);
    }

    PersonId registeredBy() {
        return new PersonId(registeredBy);
    }

    Instant registeredAt() {
        return registeredAt;
    }

    List<Participant> participants() {
        return participants.stream().map(p -> new Participant(p.name, p.email)).toList();
    }

    @Embeddable
    static class Person {

        @Column(nullable = false, length = Participant.MAX_NAME)
        private String name;

        @Column(nullable = false, length = Participant.MAX_EMAIL)
        private String email;

        protected Person() {}

        Person(String name, String email) {
            this.name = name;
            this.email = email;
        }
    }
}
