package no.innomotor.projects;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;

/**
 * A project's facts as other modules read them without a person behind the question (the case library, analytics,
 * open data): no team, no notes, no documents, nothing a person wrote but the title and the need.
 *
 * @param completedSteps when each completed step was completed, in roadmap order
 */
public record ProjectRecord(
        ProjectId id,
        String title,
        String need,
        OrganisationId organisation,
        ProcedureType procedure,
        List<CpvCode> cpvCodes,
        NutsCode nutsCode,
        Money estimatedValue,
        ProjectStatus status,
        RoadmapStep currentStep,
        MandateState mandate,
        Instant createdAt,
        Instant updatedAt,
        Map<RoadmapStep, Instant> completedSteps) {

    public ProjectRecord {
        cpvCodes = List.copyOf(cpvCodes);
        completedSteps = Map.copyOf(completedSteps);
    }

    /** When the step was completed, if it was. */
    public Optional<Instant> completedAt(RoadmapStep step) {
        return Optional.ofNullable(completedSteps.get(step));
    }

    /** Whether the project has walked the whole roadmap. */
    public boolean completed() {
        return status == ProjectStatus.COMPLETED;
    }
}
