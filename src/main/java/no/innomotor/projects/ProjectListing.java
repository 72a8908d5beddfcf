package no.innomotor.projects;

import java.time.Instant;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;

/**
 * A project as the list reads it from the search index (the stored field of {@link Project#getStored()}): everything
 * of {@link ProjectSummary} but the organisation's name, which the list looks up for a whole page at once.
 */
record ProjectListing(
        ProjectId id,
        String title,
        OrganisationId organisation,
        RoadmapStep currentStep,
        ProjectStatus status,
        ProcedureType procedure,
        Money estimatedValue,
        MandateState mandate,
        Instant createdAt) {

    ProjectSummary summary(String organisationName) {
        return new ProjectSummary(
                id,
                title,
                organisation,
                organisationName,
                currentStep,
                status,
                procedure,
                estimatedValue,
                mandate,
                createdAt);
    }
}
