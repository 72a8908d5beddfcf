package no.innomotor.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/** An invitation to join an organisation with a role; its link works once, for a limited time. */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by")
    private @Nullable UUID invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "accepted_by")
    private @Nullable UUID acceptedBy;

    @Version
    private long version;

    protected Invitation() {}

    Invitation(
            OrganisationId organisation,
            String email,
            Role role,
            String tokenHash,
            @Nullable PersonId invitedBy,
            Instant now,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.organisationId = organisation.value();
        this.email = Person.normalise(email);
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy == null ? null : invitedBy.value();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isOpen(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the invitation up; a second use, or a use after it expired, is refused. */
    void accept(PersonId person, Instant now) {
        if (!isOpen(now)) {
            throw new InvitationNotValid();
        }
        this.acceptedAt = now;
        this.acceptedBy = person.value();
    }

    UUID id() {
        return id;
    }

    OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    String email() {
        return email;
    }

    Role role() {
        return role;
    }

    @Nullable
    PersonId invitedBy() {
        return invitedBy == null ? null : new PersonId(invitedBy);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
