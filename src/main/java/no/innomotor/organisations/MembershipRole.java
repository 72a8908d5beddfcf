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

/** One role a person holds in one organisation. */
@Entity
@Table(name = "membership_role")
class MembershipRole {

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

    protected MembershipRole() {}

    MembershipRole(PersonId person, OrganisationId organisation, Role role, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.organisationId = organisation.value();
        this.role = role;
        this.grantedAt = now;
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
}
