package no.innomotor.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.projects.ProcedureType;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectStatus;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;

/**
 * One project as open data shows it: the allow-listed facts only (docs/opendata.md). No person's name or e-mail, no
 * supplier's input, no unpublished question, assessment, note or document ever gets into this record, so nothing
 * built from it can leak them.
 *
 * @param buyer the buyer organisation's id (for the signed-in analytics; open outputs show its name and number)
 * @param buyerKind the buyer's kind of organisation: the "sector" of the statistics
 * @param mandateSigned whether the top leader signed the project's mandate
 * @param completedSteps when each completed step was completed
 * @param dialogue the published market dialogue, if any
 * @param benefits the benefit figures, if the project has a benefit plan
 */
public record OpenProject(
        ProjectId id,
        OrganisationId buyer,
        String title,
        String need,
        String buyerName,
        String buyerOrgNumber,
        OrganisationType buyerKind,
        ProcedureType procedure,
        List<CpvCode> cpvCodes,
        NutsCode nutsCode,
        Money estimatedValue,
        ProjectStatus status,
        RoadmapStep currentStep,
        boolean mandateSigned,
        Instant createdAt,
        Map<RoadmapStep, Instant> completedSteps,
        @Nullable Dialogue dialogue,
        RiskRelief riskRelief,
        @Nullable Benefits benefits) {

    public OpenProject {
        cpvCodes = List.copyOf(cpvCodes);
        completedSteps = Map.copyOf(completedSteps);
    }

    /** The published market dialogue: when it was first published and how many companies registered. */
    public record Dialogue(Instant publishedAt, long announcements, long registrations) {}

    /** Risk relief granted: the number of approved applications and the kroner granted. */
    public record RiskRelief(long grants, long grantedNok) {
        public static final RiskRelief NONE = new RiskRelief(0, 0);
    }

    /**
     * Benefit counts and sums (the knowledge module's copy of the benefits module's figures).
     *
     * @param titles the benefits' titles, only when the project is showcased; empty otherwise
     */
    public record Benefits(
            int benefits,
            int measured,
            int realised,
            long plannedNok,
            long realisedNok,
            boolean showcased,
            List<String> titles) {

        public Benefits {
            titles = List.copyOf(titles);
        }
    }

    /** The step's start: the previous step's completion (the project's creation for the first step). */
    @Nullable
    Instant startOf(RoadmapStep step) {
        return step.number() == RoadmapStep.FIRST ? createdAt : completedSteps.get(RoadmapStep.of(step.number() - 1));
    }
}
