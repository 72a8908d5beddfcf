package no.innomotor.projects;

import java.time.Instant;
import java.util.List;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;

/** Everything the project page shows, with what the reader may do. Mandate versions are newest last. */
public record ProjectDetails(
        ProjectId id,
        String title,
        String need,
        OrganisationId organisation,
        String organisationName,
        Money estimatedValue,
        List<CpvCode> cpvCodes,
        NutsCode nutsCode,
        ProcedureType procedure,
        ProjectStatus status,
        RoadmapStep currentStep,
        @Nullable String stopReason,
        List<TeamMember> team,
        List<StepOverview> steps,
        MandateState mandateState,
        List<MandateView> mandates,
        ProjectPermissions can,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public ProjectDetails {
        cpvCodes = List.copyOf(cpvCodes);
        team = List.copyOf(team);
        steps = List.copyOf(steps);
        mandates = List.copyOf(mandates);
    }

    public @Nullable MandateView newestMandate() {
        return mandates.isEmpty() ? null : mandates.get(mandates.size() - 1);
    }

    /** The newest signed version, which stays the commitment on record while a change waits for a signature. */
    public @Nullable MandateView signedMandate() {
        for (int i = mandates.size() - 1; i >= 0; i--) {
            if (mandates.get(i).signed()) {
                return mandates.get(i);
            }
        }
        return null;
    }

    public StepOverview step(RoadmapStep step) {
        return steps.get(step.number() - 1);
    }
}
