package no.innomotor.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedOrganisation;
import no.innomotor.shared.generation.GeneratedProject;
import no.innomotor.shared.generation.Progress;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Funding coordination in a generated dataset: for about one generated project in {@link #PROJECT_IN} (10), one to
 * three instruments its team recorded (from a generated instrument actor, or from an actor outside the platform by
 * name), applied for, granted, rejected or withdrawn; where a project has more than one, their periods overlap and
 * some cover the same costs, as the warnings look for. Most such projects also have their total cost recorded.
 * Rows as {@link FundingEntry} and {@link FundingBudget} store them. Entries that follow a risk-relief application
 * come from that module's events on the platform; the generated applications have none.
 */
@Component
@Order(520) // after risk relief (510) and the projects (200) the entries belong to
class FundingDataGenerator implements DataGeneratorContributor {

    static final int PROJECT_IN = 10;

    /** Instruments outside the platform that a team records by name: the instrument and its actor. */
    private static final List<String[]> OUTSIDE = List.of(
            new String[] {"Forskningsbasert innovasjon i offentlig sektor", "Forskningsrådet"},
            new String[] {"Støtte til energi- og klimatiltak i kommunene", "Enova"},
            new String[] {"Horisont Europa – innovasjonstiltak", "Europakommisjonen"},
            new String[] {"Tilskudd til velferdsteknologi", "Helsedirektoratet"},
            new String[] {"Klimasats – støtte til klimatiltak", "Miljødirektoratet"},
            new String[] {"Kommunalt næringsfond", "Egen kommune"});

    private static final List<String> PLATFORM_INSTRUMENTS =
            List.of("Innovasjonstilskudd for pilotering", "Forprosjektmidler", "Tilskudd til markedsdialog");

    private static final List<String> NOTES = List.of(
            "Søknaden ble sendt etter avklaring med kontaktpersonen.",
            "Tilsagnet er gitt med vilkår om sluttrapport.",
            "Vi avventer svar før vi forplikter oss overfor leverandøren.",
            "");

    @Override
    public String name() {
        return "funding";
    }

    @Override
    public void generate(DataGeneration generation) {
        List<GeneratedProject> projects = generation.projects();
        if (projects.isEmpty()) {
            return;
        }
        List<GeneratedOrganisation> actors = generation.organisations().stream()
                .filter(org -> org.kind() == GeneratedOrganisation.Kind.INSTRUMENT_ACTOR)
                .toList();
        RandomGenerator random = generation.random();
        Instant now = generation.now();
        LocalDate today = LocalDate.ofInstant(now, NorwegianTime.ZONE);
        BulkTable entries = generation.table(
                "funding_entry",
                "id",
                "project_id",
                "project_organisation_id",
                "source",
                "application_id",
                "instrument_name",
                "instrument_id",
                "actor_organisation_id",
                "actor_name",
                "status",
                "amount_applied",
                "amount_granted",
                "period_start",
                "period_end",
                "cost_categories",
                "max_cofinancing_percent",
                "note",
                "created_at",
                "changed_at",
                "version");
        BulkTable budgets = generation.table("funding_budget", "project_id", "total_cost", "changed_at", "version");
        Progress progress = generation.progress("funding entries", Math.max(1, projects.size() / PROJECT_IN) * 2L);
        // Every PROJECT_IN-th project from a random start: about one in ten, at least one.
        int start = random.nextInt(Math.min(PROJECT_IN, projects.size()));
        for (int p = start; p < projects.size(); p += PROJECT_IN) {
            GeneratedProject project = projects.get(p);
            int count = 1 + random.nextInt(3);
            LocalDate periodStart = today.minusDays(random.nextInt(300)).withDayOfMonth(1);
            Set<CostCategory> shared = EnumSet.of(CostCategory.values()[random.nextInt(CostCategory.values().length)]);
            Instant recorded = later(project.createdAt(), now.minus(200, ChronoUnit.DAYS))
                    .plus(random.nextInt(10), ChronoUnit.DAYS);
            if (recorded.isAfter(now)) {
                recorded = now.minus(1, ChronoUnit.HOURS);
            }
            for (int e = 0; e < count; e++) {
                boolean onPlatform = !actors.isEmpty() && random.nextBoolean();
                GeneratedOrganisation actor = onPlatform ? actors.get(random.nextInt(actors.size())) : null;
                String[] outside = OUTSIDE.get(random.nextInt(OUTSIDE.size()));
                String instrument = actor == null
                        ? outside[0]
                        : PLATFORM_INSTRUMENTS.get(random.nextInt(PLATFORM_INSTRUMENTS.size()));
                int roll = random.nextInt(100);
                FundingStatus status = roll < 45
                        ? FundingStatus.GRANTED
                        : roll < 80
                                ? FundingStatus.APPLIED
                                : roll < 95 ? FundingStatus.REJECTED : FundingStatus.WITHDRAWN;
                long applied = Math.max(
                        50_000, Math.round(project.value() * (0.05 + random.nextDouble() * 0.3) / 10_000) * 10_000);
                Long granted = status == FundingStatus.GRANTED
                        ? (random.nextInt(3) == 0 ? Math.round(applied * 0.7 / 10_000) * 10_000 : applied)
                        : null;
                // The entries of one project overlap: each starts within the one before it, and shares its costs.
                LocalDate from = periodStart.plusMonths(e * (1 + random.nextInt(3)));
                LocalDate to = from.plusMonths(6 + random.nextInt(13));
                Set<CostCategory> categories = EnumSet.copyOf(shared);
                if (e > 0 && random.nextInt(3) == 0) {
                    categories = EnumSet.noneOf(CostCategory.class);
                }
                categories.add(CostCategory.values()[random.nextInt(CostCategory.values().length)]);
                Integer cap =
                        random.nextInt(3) == 0 ? null : List.of(40, 50, 75).get(random.nextInt(3));
                Instant created = recorded.plus(e, ChronoUnit.DAYS);
                if (created.isAfter(now)) {
                    created = now.minus(count - e, ChronoUnit.MINUTES);
                }
                created = created.truncatedTo(ChronoUnit.MICROS);
                boolean changed = status != FundingStatus.APPLIED && random.nextBoolean();
                Instant changedAt =
                        changed ? later(created, now.minus(random.nextInt(20) + 1, ChronoUnit.DAYS)) : created;
                entries.row(
                        generation.uuid(),
                        project.id(),
                        project.organisation().value(),
                        FundingSource.RECORDED.name(),
                        null,
                        instrument,
                        null,
                        actor == null ? null : actor.id().value(),
                        actor == null ? outside[1] : actor.name(),
                        status.name(),
                        applied,
                        granted,
                        from,
                        to,
                        FundingEntry.encode(categories),
                        cap,
                        NOTES.get(random.nextInt(NOTES.size())),
                        created,
                        changedAt.truncatedTo(ChronoUnit.MICROS),
                        changed ? 1L : 0L);
                progress.advance();
            }
            if (random.nextInt(100) < 70) {
                budgets.row(
                        project.id(),
                        Math.round(project.value() * (1.1 + random.nextDouble() * 0.4) / 10_000) * 10_000,
                        recorded.truncatedTo(ChronoUnit.MICROS),
                        0L);
            }
        }
        progress.done();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
