package no.innomotor.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedOrganisation;
import no.innomotor.shared.generation.GeneratedPerson;
import no.innomotor.shared.generation.Progress;
import no.innomotor.shared.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The follow-up module's share of a generated dataset: a plan for about one company in {@link #PLAN_PERCENT} (100),
 * kept by one of the generated advisers, with one to three activities and one or two next steps, as
 * {@link FollowUpPlan} stores them. The plan's version counts the additions, as each one raised it; comments and read
 * marks are left to the pages.
 */
@Component
@Order(450) // after the supplier profiles (400), whose companies it follows up
class FollowUpDataGenerator implements DataGeneratorContributor {

    static final int PLAN_PERCENT = 8;

    private static final List<String> MARKETS = List.of(
            "Kommuner i eget fylke, deretter nabofylkene.",
            "Helseforetak og kommuner i hele landet.",
            "Fylkeskommuner og statlige virksomheter.");
    private static final List<String> GOALS = List.of(
            "Vinne den første offentlige kontrakten innen ett år.",
            "Levere til fem kommuner innen tre år.",
            "Doble omsetningen i offentlig sektor.");
    private static final List<String> HELP = List.of(
            "Hjelp til å delta i markedsdialoger og skrive tilbud.",
            "Hjelp til å finne en pilotkunde og søke om innovasjonsmidler.",
            "Hjelp til krav om personvern og informasjonssikkerhet.");
    private static final List<String> ACTIVITIES = List.of(
            "Første møte om vekstambisjonene og veien inn i offentlige anskaffelser.",
            "Kurset «Innovative anskaffelser for leverandører».",
            "Introdusert for en kommune som planlegger en markedsdialog.",
            "Foreslått å søke om en innovasjonskontrakt.",
            "Gjennomgang av et tilbud som ikke vant, med råd til neste gang.");
    private static final List<String> STEPS = List.of(
            "Melde seg på neste markedsdialog i fylket",
            "Sende utkast til søknad om innovasjonsmidler",
            "Avtale møte med innkjøpsrådgiveren i kommunen",
            "Oppdatere leverandørprofilen med referanser");

    @Override
    public String name() {
        return "followup";
    }

    @Override
    public void generate(DataGeneration generation) {
        List<GeneratedPerson> advisers = generation.people().stream()
                .filter(person -> person.role() == Role.ADVISER)
                .toList();
        List<GeneratedOrganisation> companies = generation.organisations().stream()
                .filter(org -> org.kind() == GeneratedOrganisation.Kind.COMPANY)
                .toList();
        if (advisers.isEmpty() || companies.isEmpty()) {
            return;
        }
        BulkTable plans = generation.table(
                "followup_plan",
                "id",
                "company_id",
                "company_name",
                "status",
                "open_company_id",
                "goal_markets",
                "goal_three_year",
                "goal_help",
                "created_by",
                "created_at",
                "changed_at",
                "version");
        BulkTable activities = generation.table(
                "followup_activity",
                "id",
                "plan_id",
                "kind",
                "held_on",
                "description",
                "participants",
                "recorded_by",
                "recorded_at");
        BulkTable steps = generation.table(
                "followup_next_step",
                "id",
                "plan_id",
                "text",
                "due_on",
                "responsible",
                "done_at",
                "done_by",
                "recorded_by",
                "recorded_at");
        RandomGenerator random = generation.random();
        Instant now = generation.now();
        Progress progress = generation.progress("follow-up plans", companies.size() * PLAN_PERCENT / 100);
        for (GeneratedOrganisation company : companies) {
            if (random.nextInt(100) >= PLAN_PERCENT) {
                continue;
            }
            GeneratedPerson adviser = advisers.get(random.nextInt(advisers.size()));
            UUID plan = generation.uuid();
            Instant created =
                    now.minus(90 + random.nextInt(300), ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
            Instant changed = created;
            int version = 0;
            // The plan's own row goes first: a batch of activities flushed mid-run must find its plan written.
            java.util.List<Object[]> children = new java.util.ArrayList<>();
            java.util.List<BulkTable> childTables = new java.util.ArrayList<>();
            int activityCount = 1 + random.nextInt(3);
            for (int a = 0; a < activityCount; a++) {
                changed = changed.plus(1 + random.nextInt(20), ChronoUnit.DAYS);
                childTables.add(activities);
                children.add(new Object[] {
                    generation.uuid(),
                    plan,
                    ActivityKind.values()[random.nextInt(ActivityKind.values().length)].name(),
                    LocalDate.ofInstant(changed, NorwegianTime.ZONE),
                    ACTIVITIES.get(random.nextInt(ACTIVITIES.size())),
                    adviser.name(),
                    adviser.id().value(),
                    changed
                });
                version++;
            }
            int stepCount = 1 + random.nextInt(2);
            for (int s = 0; s < stepCount; s++) {
                changed = changed.plus(1, ChronoUnit.HOURS);
                childTables.add(steps);
                children.add(new Object[] {
                    generation.uuid(),
                    plan,
                    STEPS.get(random.nextInt(STEPS.size())),
                    LocalDate.ofInstant(now, NorwegianTime.ZONE).plusDays(random.nextInt(60) - 20),
                    (random.nextBoolean() ? Responsible.ADVISER : Responsible.SUPPLIER).name(),
                    null,
                    null,
                    adviser.id().value(),
                    changed
                });
                version++;
            }
            plans.row(
                    plan,
                    company.id().value(),
                    company.name(),
                    PlanStatus.OPEN.name(),
                    company.id().value(),
                    MARKETS.get(random.nextInt(MARKETS.size())),
                    GOALS.get(random.nextInt(GOALS.size())),
                    HELP.get(random.nextInt(HELP.size())),
                    adviser.id().value(),
                    created,
                    changed,
                    (long) version);
            for (int i = 0; i < children.size(); i++) {
                childTables.get(i).row(children.get(i));
            }
            progress.advance();
        }
        progress.done();
    }
}
