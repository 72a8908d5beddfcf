package no.innomotor.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.OrganisationId;

/** One organisation's adoption of a solution: how, and when it took the solution into use. */
@Entity
@Table(name = "knowledge_adoption")
class SolutionAdoption {

    @Id
    private UUID id;

    @Column(name = "solution_id", nullable = false)
    private UUID solutionId;

    @Column(name = "origin_project_id", nullable = false)
    private UUID originProjectId;

    @Column(name = "origin_organisation_id", nullable = false)
    private UUID originOrganisationId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "organisation_name", nullable = false)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdoptionKind kind;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SolutionAdoption() {}

    SolutionAdoption(
            Solution solution,
            OrganisationId organisation,
            String organisationName,
            AdoptionKind kind,
            LocalDate adoptedOn,
            Instant now) {
        this.id = UUID.randomUUID();
        this.solutionId = solution.solutionId().value();
        this.originProjectId = solution.project().value();
        this.originOrganisationId = solution.organisation().value();
        this.organisationId = organisation.value();
        this.organisationName = organisationName;
        this.kind = kind;
        this.adoptedOn = adoptedOn;
        this.recordedAt = now;
    }

    SolutionId solution() {
        return new SolutionId(solutionId);
    }

    ProjectId originProject() {
        return new ProjectId(originProjectId);
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    String organisationName() {
        return organisationName;
    }

    AdoptionKind kind() {
        return kind;
    }

    LocalDate adoptedOn() {
        return adoptedOn;
    }
}
