package no.innomotor.projects;

import java.time.Instant;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;

/** A project as lists show it. */
public record ProjectSummary(
        ProjectId id,
        String title,
        OrganisationId organisation,
        String organisationName,
        RoadmapStep currentStep,
        ProjectStatus status,
        ProcedureType procedure,
        Money estimatedValue,
        MandateState mandate,
        Instant createdAt) {}
