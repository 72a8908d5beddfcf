package no.innomotor.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * One role a person holds in one organisation. A PENDING role waits for a second person's approval (see
 * {@link RoleGrantPolicy}) and gives no right at all until it is ACTIVE.
 */
@Entity
@Table(name = "membership_role")
class MembershipRole {

    enum Status {
        PENDING,
        ACTIVE
    }

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "granted_by")
    private @Nullable UUID grantedBy;

    @Column(name = "approved_by")
    private @Nullable UUID approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    protected MembershipRole() {}

    MembershipRole(PersonId person, OrganisationId organisation, Role role, Instant now) {
        this(person, organisation, role, null, Status.ACTIVE, now);
    }

    MembershipRole(
            PersonId person,
            OrganisationId organisation,
            Role role,
            @Nullable PersonId grantedBy,
            Status status,
            Instant now) {
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.organisationId = organisation.value();
        this.role = role;
        this.grantedAt = now;
        this.status = status;
        this.grantedBy = grantedBy == null ? null : grantedBy.value();
    }

    void approve(PersonId by, Instant now) {
        this.status = Status.ACTIVE;
        this.approvedBy = by.value();
        this.approvedAt = now;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    Role role() {
        return role;
    }

    Status status() {
        return status;
    }

    boolean active() {
        return status == Status.ACTIVE;
    }

    boolean pending() {
        return status == Status.PENDING;
    }

    @Nullable
    PersonId grantedBy() {
        return grantedBy == null ? null : new PersonId(grantedBy);
    }

    Instant grantedAt() {
        return grantedAt;
    }
}
