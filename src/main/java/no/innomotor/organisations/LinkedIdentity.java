package no.innomotor.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.PersonId;

/**
 * A sign-in identity at an OpenID Connect provider, linked to a person by that person while signed in: the client
 * registration and the provider's {@code sub}. A sign-in with it signs that person in, whatever e-mail address the
 * provider gives (ID-porten gives none).
 */
@Entity
@Table(name = "linked_identity")
class LinkedIdentity {

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "registration_id", nullable = false, length = 100)
    private String registrationId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected LinkedIdentity() {}

    LinkedIdentity(PersonId person, String registrationId, String subject, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.registrationId = registrationId;
        this.subject = subject;
        this.linkedAt = now;
    }

    UUID id() {
        return id;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    String registrationId() {
        return registrationId;
    }

    String subject() {
        return subject;
    }

    Instant linkedAt() {
        return linkedAt;
    }
}
