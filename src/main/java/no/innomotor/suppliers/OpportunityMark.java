package no.innomotor.suppliers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;

/** One supplier person's follow, save or interest on one opportunity, for the company they hold the role in. */
@Entity
@Table(name = "supplier_opportunity_mark")
class OpportunityMark {

    @Id
    private UUID id;

    @Column(name = "opportunity_id", nullable = false)
    private UUID opportunityId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MarkKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OpportunityMark() {}

    OpportunityMark(UUID opportunity, PersonId person, OrganisationId organisation, MarkKind kind, Instant now) {
        this.id = UUID.randomUUID();
        this.opportunityId = opportunity;
        this.personId = person.value();
        this.organisationId = organisation.value();
        this.kind = kind;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    UUID opportunity() {
        return opportunityId;
    }

    MarkKind kind() {
        return kind;
    }

    Instant createdAt() {
        return createdAt;
    }

    PersonId person() {
        return new PersonId(personId);
    }
}
