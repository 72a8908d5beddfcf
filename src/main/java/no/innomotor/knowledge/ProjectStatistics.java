package no.innomotor.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.projects.ProcedureType;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a set of projects, as the open statistics and the analytics dashboard show them: projects by step,
 * procedure, sector and county, time per step, dialogue participation, risk relief granted and benefit realisation.
 * Counts and sums only, computed from {@link OpenProject}s, so they hold nothing the records do not.
 *
 * @param projects how many projects the figures cover
 * @param byStep projects per current step, every step listed
 * @param byProcedure projects per planned procedure, every procedure listed
 * @param bySector projects per kind of buyer organisation (municipality, county, state agency …), those with any
 * @param byCounty projects per NUTS code, those with any, by code
 * @param timePerStep the median days from a step's start to its completion, over the projects that completed it
 */
public record ProjectStatistics(
        long projects,
        List<Count> byStep,
        List<Count> byProcedure,
        List<Count> bySector,
        List<Count> byCounty,
        List<StepTime> timePerStep,
        DialogueParticipation dialogue,
        RiskReliefGranted riskRelief,
        BenefitRealisation benefits) {

    /** A group's key (a step number, an enum name, a NUTS code) and how many projects are in it. */
    public record Count(String key, long projects) {}

    /** How long a step took: over how many projects, and the median in whole days (null when none completed it). */
    public record StepTime(
            int step, long projects, @Nullable Long medianDays) {}

    /**
     * @param projects projects with a published market-dialogue announcement
     * @param registrations companies registered, over all those dialogues
     * @param medianRegistrations the median number of registrations per dialogue (null when there are none)
     */
    public record DialogueParticipation(
            long projects, long registrations, @Nullable Long medianRegistrations) {}

    /** @param projects projects granted risk relief; grants the approved applications; grantedNok their sum */
    public record RiskReliefGranted(long projects, long grants, long grantedNok) {}

    /**
     * @param projectsWithPlan projects with at least one benefit in a plan
     * @param projectsMeasured of those, projects with at least one measured benefit
     * @param realisationRate projectsMeasured / projectsWithPlan (null when no project has a plan)
     * @param plannedNok the priced benefits' planned value, in kroner
     * @param realisedNok what was realised of them so far, in kroner
     */
    public record BenefitRealisation(
            long projectsWithPlan,
            long projectsMeasured,
            @Nullable Double realisationRate,
            long plannedNok,
            long realisedNok) {}

    /** Adds projects a batch at a time, so 20,000 projects never sit in memory at once. */
    static final class Tally {

        private long projects;
        private final Map<RoadmapStep, Long> steps = new EnumMap<>(RoadmapStep.class);
        private final Map<ProcedureType, Long> procedures = new EnumMap<>(ProcedureType.class);
        private final Map<OrganisationType, Long> sectors = new EnumMap<>(OrganisationType.class);
        private final Map<String, Long> counties = new TreeMap<>();
        private final Map<RoadmapStep, List<Long>> stepDays = new EnumMap<>(RoadmapStep.class);
        private long dialogueProjects;
        private long registrations;
        private final List<Long> registrationsPerDialogue = new ArrayList<>();
        private long reliefProjects;
        private long grants;
        private long grantedNok;
        private long withPlan;
        private long measured;
        private long plannedNok;
        private long realisedNok;

        void add(List<OpenProject> batch) {
            batch.forEach(this::add);
        }

        void add(OpenProject project) {
            projects++;
            steps.merge(project.currentStep(), 1L, Long::sum);
            procedures.merge(project.procedure(), 1L, Long::sum);
            sectors.merge(project.buyerKind(), 1L, Long::sum);
            counties.merge(project.nutsCode().value(), 1L, Long::sum);
            for (Map.Entry<RoadmapStep, Instant> done : project.completedSteps().entrySet()) {
                Instant start = project.startOf(done.getKey());
                if (start != null && !done.getValue().isBefore(start)) {
                    stepDays.computeIfAbsent(done.getKey(), step -> new ArrayList<>())
                            .add(Duration.between(start, done.getValue()).toDays());
                }
            }
            OpenProject.Dialogue dialogue = project.dialogue();
            if (dialogue != null) {
                dialogueProjects++;
                registrations += dialogue.registrations();
                registrationsPerDialogue.add(dialogue.registrations());
            }
            if (project.riskRelief().grants() > 0) {
                reliefProjects++;
                grants += project.riskRelief().grants();
                grantedNok += project.riskRelief().grantedNok();
            }
            OpenProject.Benefits benefits = project.benefits();
            if (benefits != null && benefits.benefits() > 0) {
                withPlan++;
                if (benefits.measured() > 0) {
                    measured++;
                }
                plannedNok += benefits.plannedNok();
                realisedNok += benefits.realisedNok();
            }
        }

        ProjectStatistics statistics() {
            List<Count> byStep = Arrays.stream(RoadmapStep.values())
                    .map(step -> new Count(String.valueOf(step.number()), steps.getOrDefault(step, 0L)))
                    .toList();
            List<Count> byProcedure = Arrays.stream(ProcedureType.values())
                    .map(procedure -> new Count(procedure.name(), procedures.getOrDefault(procedure, 0L)))
                    .toList();
            List<Count> bySector = sectors.entrySet().stream()
                    .map(entry -> new Count(entry.getKey().name(), entry.getValue()))
                    .toList();
            List<Count> byCounty = counties.entrySet().stream()
                    .map(entry -> new Count(entry.getKey(), entry.getValue()))
                    .toList();
            List<StepTime> times = Arrays.stream(RoadmapStep.values())
                    .map(step -> {
                        List<Long> days = stepDays.getOrDefault(step, List.of());
                        return new StepTime(step.number(), days.size(), median(days));
                    })
                    .toList();
            return new ProjectStatistics(
                    projects,
                    byStep,
                    byProcedure,
                    bySector,
                    byCounty,
                    times,
                    new DialogueParticipation(dialogueProjects, registrations, median(registrationsPerDialogue)),
                    new RiskReliefGranted(reliefProjects, grants, grantedNok),
                    new BenefitRealisation(
                            withPlan,
                            measured,
                            withPlan == 0 ? null : (double) measured / withPlan,
                            plannedNok,
                            realisedNok));
        }

        /** The middle value; of an even count, the lower of the two middle ones, so days stay whole. */
        static @Nullable Long median(List<Long> values) {
            if (values.isEmpty()) {
                return null;
            }
            List<Long> sorted =
                    values.stream().sorted(Comparator.naturalOrder()).toList();
            return sorted.get((sorted.size() - 1) / 2);
        }
    }
}
