package no.innomotor.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import no.innomotor.shared.Money;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedPerson;
import no.innomotor.shared.generation.GeneratedProject;
import no.innomotor.shared.generation.Progress;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Benefit plans in a generated dataset: every generated project has a plan of three to six benefits (from a short list
 * of realistic ones), with a baseline a year or two back, a target ahead, and monthly measurements since the baseline
 * (about 50 a project), each benefit's latest value, status, realised kroner and next due date as the plan keeps them.
 * The plan's county is its organisation's; one plan in twenty is showcased.
 */
@Component
@Order(530) // after the projects (200) the plans belong to
class BenefitsDataGenerator implements DataGeneratorContributor {

    /** Title, type, indicator, unit, baseline, target, planned kroner (0 when not priced). */
    private record Template(
            String title, BenefitType type, String indicator, String unit, int baseline, int target, long planned) {}

    private static final List<Template> TEMPLATES = List.of(
            new Template(
                    "Færre unødvendige kjøreturer",
                    BenefitType.EFFICIENCY,
                    "Kjørekostnader per måned",
                    "kr",
                    400_000,
                    250_000,
                    1_800_000),
            new Template("Kortere ventetid", BenefitType.QUALITY, "Ventetid i snitt", "dager", 30, 12, 0),
            new Template(
                    "Lavere energibruk",
                    BenefitType.EFFICIENCY,
                    "Energikostnad per måned",
                    "kr",
                    250_000,
                    170_000,
                    960_000),
            new Template("Færre avvik", BenefitType.QUALITY, "Avvik per måned", "avvik", 40, 15, 0),
            new Template(
                    "Mer fornøyde innbyggere", BenefitType.FOR_OTHERS, "Andel fornøyde brukere", "prosent", 60, 85, 0),
            new Template(
                    "Mindre tid til manuelt arbeid",
                    BenefitType.EFFICIENCY,
                    "Timer manuelt arbeid per måned",
                    "timer",
                    900,
                    500,
                    2_400_000),
            new Template("Lavere utslipp", BenefitType.QUALITY, "Utslipp per måned", "tonn CO2e", 50, 20, 0),
            new Template(
                    "Nye oppdrag for lokale leverandører",
                    BenefitType.FOR_OTHERS,
                    "Kontrakter med lokale" + " bedrifter",
                    "kontrakter",
                    2,
                    10,
                    0));

    @Override
    public String name() {
        return "benefits";
    }

    @Override
    public void generate(DataGeneration generation) {
        List<GeneratedProject> projects = generation.projects();
        if (projects.isEmpty()) {
            return;
        }
        Map<OrganisationId, String> nuts = new HashMap<>();
        Map<OrganisationId, String> sectors = new HashMap<>();
        generation.organisations().forEach(org -> {
            nuts.put(org.id(), org.nuts().value());
            sectors.put(org.id(), org.sector());
        });
        Map<Object, GeneratedPerson> people = new HashMap<>();
        generation.people().forEach(person -> people.put(person.id(), person));
        RandomGenerator random = generation.random();
        Instant now = generation.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, NorwegianTime.ZONE);
        BulkTable plans = generation.table(
                "benefit_plan",
                "project_id",
                "organisation_id",
                "nuts_code",
                "sector",
                "showcased",
                "story",
                "update_requested",
                "created_at",
                "changed_at",
                "version");
        BulkTable benefits = generation.table(
                "benefit",
                "id",
                "project_id",
                "position",
                "title",
                "description",
                "type",
                "priced",
                "quantitative",
                "indicator",
                "unit",
                "method",
                "baseline_value",
                "baseline_on",
                "baseline_source",
                "target_value",
                "target_on",
                "schedule",
                "owner_id",
                "owner_name",
                "preconditions",
                "actions",
                "risks",
                "mandate_goal",
                "planned_nok",
                "leads_to",
                "latest_value",
                "latest_on",
                "realised_nok",
                "next_due",
                "status",
                "version");
        BulkTable measurements = generation.table(
                "benefit_measurement",
                "id",
                "benefit_id",
                "project_id",
                "measured_on",
                "measured_value",
                "comment",
                "recorded_by",
                "recorded_at");
        Progress progress = generation.progress("benefit plans", projects.size());
        for (GeneratedProject project : projects) {
            boolean showcased = random.nextInt(20) == 0;
            plans.row(
                    project.id(),
                    project.organisation().value(),
                    nuts.getOrDefault(project.organisation(), "NO"),
                    sectors.get(project.organisation()),
                    showcased,
                    showcased ? "Prosjektet viser hva en innovativ anskaffelse kan gi." : "",
                    false,
                    now,
                    now,
                    0L);
            GeneratedPerson owner = people.get(project.createdBy());
            int count = 3 + random.nextInt(4);
            for (int b = 0; b < count; b++) {
                Template template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
                LocalDate baselineOn =
                        today.minusDays(365 + random.nextInt(365)).withDayOfMonth(1);
                LocalDate targetOn = today.plusDays(180 + random.nextInt(540)).withDayOfMonth(1);
                BigDecimal baseline = BigDecimal.valueOf(template.baseline());
                BigDecimal target = BigDecimal.valueOf(template.target());
                Trajectory trajectory = new Trajectory(baseline, baselineOn, target, targetOn);
                // How well this benefit goes: its measurements follow the line, lag a little, or lag a lot.
                double pace = List.of(1.05, 1.0, 0.85, 0.6).get(random.nextInt(4));
                java.util.UUID id = generation.uuid();
                BigDecimal latest = null;
                LocalDate latestOn = null;
                for (LocalDate on = baselineOn.plusMonths(1); !on.isAfter(today); on = on.plusMonths(1)) {
                    BigDecimal expected = trajectory.expectedOn(on);
                    double value = baseline.doubleValue()
                            + (expected.doubleValue() - baseline.doubleValue()) * pace
                            + (random.nextDouble() - 0.5) * 0.04 * Math.abs(template.baseline() - template.target());
                    latest = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
                    latestOn = on;
                    measurements.row(
                            generation.uuid(),
                            id,
                            project.id(),
                            on,
                            latest,
                            "",
                            owner == null ? null : owner.id().value(),
                            now);
                }
                TrajectoryStatus status =
                        latest == null ? TrajectoryStatus.NOT_MEASURED : trajectory.status(latest, latestOn);
                Long realised = template.planned() == 0 || latest == null
                        ? null
                        : trajectory
                                .realised(Money.nok(template.planned()), latest)
                                .kroner();
                LocalDate last = latestOn == null ? baselineOn : latestOn;
                benefits.row(
                        id,
                        project.id(),
                        b + 1,
                        template.title(),
                        "",
                        template.type().name(),
                        template.planned() > 0,
                        true,
                        template.indicator(),
                        template.unit(),
                        "Uttrekk fra fagsystemet",
                        baseline,
                        baselineOn,
                        "Fagsystemet",
                        target,
                        targetOn,
                        MeasurementSchedule.MONTHLY.name(),
                        owner == null ? project.createdBy().value() : owner.id().value(),
                        owner == null ? "" : owner.name(),
                        "",
                        "",
                        "",
                        "",
                        template.planned() == 0 ? null : template.planned(),
                        "",
                        latest,
                        latestOn,
                        realised,
                        status == TrajectoryStatus.REALISED ? null : MeasurementSchedule.MONTHLY.nextAfter(last),
                        status.name(),
                        0L);
            }
            progress.advance();
        }
        progress.done();
    }
}
