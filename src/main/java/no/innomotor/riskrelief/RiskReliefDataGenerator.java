package no.innomotor.riskrelief;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedOrganisation;
import no.innomotor.shared.generation.GeneratedPerson;
import no.innomotor.shared.generation.GeneratedProject;
import no.innomotor.shared.generation.Progress;
import no.innomotor.shared.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Risk relief in a generated dataset: two to four schemes per generated instrument actor (mostly published money
 * schemes, some process support counted in hours, now and then a draft), each with a ledger for last year, this year
 * and next; and applications from the buyers of about one generated project in {@link #APPLICATION_IN} (20), in
 * realistic states: submitted and waiting, assessed by two assessors, decided (approved, in part, rejected) with the
 * granted amount committed in the ledger of the year the period starts, and some milestones reported and paid. A
 * grant is only what the ledger's remainder covers, exactly as {@link RiskReliefManagement} commits it, so no ledger
 * commits more than its budget and none pays more than it committed. Decision letters are left out (they are PDFs
 * the decision writes); the application page offers no letter for such a decision.
 */
@Component
@Order(510) // after the instruments (500): the same actors, and the projects (200) applications are for
class RiskReliefDataGenerator implements DataGeneratorContributor {

    static final int APPLICATION_IN = 20;

    private static final List<String[]> SCHEMES = List.of(
            new String[] {
                "Risikoavlastning for pilotering",
                "Dekker deler av merkostnaden når en innkjøper piloterer en ny løsning."
            },
            new String[] {
                "Støtte til markedsdialog", "Støtte til å forberede og gjennomføre dialog med leverandørmarkedet."
            },
            new String[] {
                "Innovasjonskontrakt – utviklingsfase", "Deler risikoen i utviklingsfasen av en innovasjonskontrakt."
            },
            new String[] {"Grønn omstilling i anskaffelser", "Støtte til anskaffelser som kutter utslipp målbart."},
            new String[] {
                "Prosessveiledning for innovative anskaffelser",
                "Veiledere følger innkjøpere gjennom behovsavklaring, dialog og konkurranse."
            },
            new String[] {
                "Gevinstrealisering etter pilot", "Støtte til å måle og ta ut gevinstene etter en vellykket pilot."
            });

    private static final List<String> CRITERIA = List.of(
            "Innovasjonsgrad",
            "Nytte for brukerne og samfunnet",
            "Gjennomføringsevne",
            "Spredningspotensial",
            "Klima- og miljøeffekt");

    private static final List<String> SUMMARIES = List.of(
            "Vi vil prøve ut løsningen i to enheter før vi bestemmer oss for å ta den i bruk i hele virksomheten.",
            "Midlene skal dekke merkostnaden ved en innovasjonskontrakt med to leverandører i konkurranse.",
            "Vi ønsker støtte til en grundig markedsdialog før vi lyser ut konkurransen.",
            "Prosjektet skal teste om løsningen gir de gevinstene vi har beregnet, før vi skalerer.");

    private static final List<String> ANSWERS = List.of(
            "Løsningen finnes ikke i markedet i dag og må utvikles sammen med leverandørene.",
            "Brukerne har vært med fra behovsavklaringen, og vi måler effekten før og etter piloten.",
            "Prosjektet har en signert prosjektmandat, avsatte ressurser og en erfaren prosjektleder.",
            "Flere kommuner i regionen har samme behov og følger prosjektet.",
            "Vi forventer lavere energibruk og færre transporter.");

    private static final List<String> OVERALL = List.of(
            "Et godt begrunnet prosjekt med tydelig behov og realistisk plan.",
            "Nyttig prosjekt, men budsjettet bør reduseres noe.",
            "Innovasjonsgraden er lav; løsningen finnes allerede i markedet.");

    private static final List<String> MILESTONES = List.of(
            "Avtale med leverandør signert", "Pilot i drift", "Evalueringsrapport levert", "Sluttrapport godkjent");

    @Override
    public String name() {
        return "riskrelief";
    }

    /** One generated scheme, with what its ledgers have committed and paid so far, by year. */
    private static final class GeneratedScheme {
        final UUID id;
        final String name;
        final GeneratedOrganisation owner;
        final SchemeKind kind;
        final Audience audience;
        final boolean published;
        final List<UUID> criteria = new ArrayList<>();
        final Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
        final Map<Integer, long[]> ledgers = new HashMap<>();

        GeneratedScheme(
                UUID id,
                String name,
                GeneratedOrganisation owner,
                SchemeKind kind,
                Audience audience,
                boolean published) {
            this.id = id;
            this.name = name;
            this.owner = owner;
            this.kind = kind;
            this.audience = audience;
            this.published = published;
        }
    }

    @Override
    public void generate(DataGeneration generation) {
        new Run(generation).generate();
    }

    private static final class Run {

        private final DataGeneration generation;
        private final RandomGenerator random;
        private final Instant now;
        private final LocalDate today;
        private final Map<OrganisationId, List<GeneratedPerson>> actorPeople = new HashMap<>();
        private final List<GeneratedPerson> jury = new ArrayList<>();
        private final Map<PersonId, GeneratedPerson> buyers = new HashMap<>();
        private final BulkTable scheme;
        private final BulkTable criterion;
        private final BulkTable schemeCategory;
        private final BulkTable ledger;
        private final BulkTable application;
        private final BulkTable applicationCategory;
        private final BulkTable answer;
        private final BulkTable history;
        private final BulkTable assignment;
        private final BulkTable score;
        private final BulkTable milestone;

        Run(DataGeneration generation) {
            this.generation = generation;
            this.random = generation.random();
            this.now = generation.now();
            this.today = LocalDate.ofInstant(now, NorwegianTime.ZONE);
            for (GeneratedPerson person : generation.people()) {
                if (person.role() == Role.INSTRUMENT_ACTOR) {
                    actorPeople
                            .computeIfAbsent(person.organisation(), key -> new ArrayList<>())
                            .add(person);
                } else if (person.role() == Role.JURY) {
                    jury.add(person);
                } else if (person.role() == Role.BUYER) {
                    buyers.putIfAbsent(person.id(), person);
                }
            }
            this.scheme = generation.table(
                    "riskrelief_scheme",
                    "id",
                    "owner_id",
                    "owner_name",
                    "name",
                    "description",
                    "kind",
                    "audience",
                    "deadline",
                    "status",
                    "created_by",
                    "created_at",
                    "published_at",
                    "version");
            this.criterion = generation.table("riskrelief_criterion", "scheme_id", "position", "id", "name", "weight");
            this.schemeCategory = generation.table("riskrelief_scheme_category", "scheme_id", "category");
            this.ledger = generation.table(
                    "riskrelief_ledger", "id", "scheme_id", "period_year", "budget", "committed", "paid");
            this.application = generation.table(
                    "riskrelief_application",
                    "id",
                    "scheme_id",
                    "scheme_name",
                    "scheme_owner_id",
                    "project_id",
                    "project_title",
                    "project_need",
                    "project_owner_name",
                    "project_value",
                    "project_step",
                    "applicant_id",
                    "applicant_name",
                    "applicant_kind",
                    "created_by",
                    "created_at",
                    "submitted_by",
                    "submitted_at",
                    "status",
                    "amount_requested",
                    "period_start",
                    "period_end",
                    "summary",
                    "outcome",
                    "amount_granted",
                    "conditions",
                    "decided_by",
                    "decided_at",
                    "letter",
                    "letter_language",
                    "final_report",
                    "closed_at",
                    "version");
            this.applicationCategory =
                    generation.table("riskrelief_application_category", "application_id", "category");
            this.answer = generation.table("riskrelief_answer", "application_id", "criterion_id", "text");
            this.history = generation.table("riskrelief_history", "id", "application_id", "what", "by_name", "at");
            this.assignment = generation.table(
                    "riskrelief_assignment",
                    "id",
                    "application_id",
                    "assessor_id",
                    "assessor_name",
                    "assigned_by",
                    "assigned_at",
                    "conflict",
                    "conflict_reason",
                    "declared_at",
                    "recommendation",
                    "overall",
                    "submitted_at");
            this.score =
                    generation.table("riskrelief_score", "assignment_id", "criterion_id", "score", "justification");
            this.milestone = generation.table(
                    "riskrelief_milestone",
                    "id",
                    "application_id",
                    "position",
                    "name",
                    "due_on",
                    "amount",
                    "report",
                    "reported_by",
                    "reported_at",
                    "paid_by",
                    "paid_at",
                    "reminded_on");
        }

        void generate() {
            List<GeneratedOrganisation> actors = generation.organisations().stream()
                    .filter(org -> org.kind() == GeneratedOrganisation.Kind.INSTRUMENT_ACTOR)
                    .filter(org -> actorPeople.containsKey(org.id()))
                    .toList();
            List<GeneratedProject> projects = generation.projects();
            if (actors.isEmpty()) {
                return;
            }
            Progress schemeProgress = generation.progress("risk-relief schemes", actors.size() * 3L);
            List<GeneratedScheme> open = new ArrayList<>();
            List<GeneratedScheme> all = new ArrayList<>();
            for (GeneratedOrganisation actor : actors) {
                int count = 2 + random.nextInt(3);
                for (int s = 0; s < count; s++) {
                    GeneratedScheme made = scheme(actor, s);
                    all.add(made);
                    if (made.published && made.audience != Audience.SUPPLIERS) {
                        open.add(made);
                    }
                    schemeProgress.advance();
                }
            }
            schemeProgress.done();
            int applications =
                    projects.isEmpty() ? 0 : Math.max(1, Math.round(projects.size() / (float) APPLICATION_IN));
            Progress applicationProgress = generation.progress("risk-relief applications", applications);
            if (!open.isEmpty()) {
                // Every APPLICATION_IN-th project, from a random start: about one in twenty, at least one.
                int start = random.nextInt(Math.min(APPLICATION_IN, projects.size()));
                for (int p = start; p < projects.size(); p += APPLICATION_IN) {
                    application(projects.get(p), open.get(random.nextInt(open.size())));
                    applicationProgress.advance();
                }
            }
            applicationProgress.done();
            for (GeneratedScheme made : all) {
                for (Map.Entry<Integer, long[]> entry : made.ledgers.entrySet()) {
                    long[] amounts = entry.getValue();
                    ledger.row(generation.uuid(), made.id, entry.getKey(), amounts[0], amounts[1], amounts[2]);
                }
            }
        }

        private GeneratedScheme scheme(GeneratedOrganisation actor, int index) {
            List<GeneratedPerson> people = actorPeople.get(actor.id());
            GeneratedPerson creator = people.get(random.nextInt(people.size()));
            String[] template = SCHEMES.get((index + random.nextInt(SCHEMES.size())) % SCHEMES.size());
            SchemeKind kind = template[0].startsWith("Prosessveiledning") ? SchemeKind.PROCESS : SchemeKind.FINANCIAL;
            Audience audience = random.nextInt(4) == 0 ? Audience.BOTH : Audience.BUYERS;
            boolean published = index == 0 || random.nextInt(6) != 0;
            GeneratedScheme made = new GeneratedScheme(
                    generation.uuid(), template[0] + " " + today.getYear(), actor, kind, audience, published);
            Instant created =
                    now.minus(200 + random.nextInt(300), ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
            Instant publishedAt = published ? created.plus(3 + random.nextInt(20), ChronoUnit.DAYS) : null;
            scheme.row(
                    made.id,
                    actor.id().value(),
                    actor.name(),
                    made.name,
                    template[1],
                    kind.name(),
                    audience.name(),
                    today.plusDays(30 + random.nextInt(200)),
                    (published ? SchemeStatus.PUBLISHED : SchemeStatus.DRAFT).name(),
                    creator.id().value(),
                    created,
                    publishedAt,
                    published ? 1L : 0L);
            // Three or four criteria whose weights add up to 100, as a scheme must have.
            int criteriaCount = 3 + random.nextInt(2);
            int[] weights = criteriaCount == 3 ? new int[] {40, 30, 30} : new int[] {30, 30, 20, 20};
            int offset = random.nextInt(CRITERIA.size());
            for (int c = 0; c < criteriaCount; c++) {
                UUID id = generation.uuid();
                made.criteria.add(id);
                criterion.row(made.id, c, id, CRITERIA.get((offset + c) % CRITERIA.size()), weights[c]);
            }
            made.categories.add(kind == SchemeKind.PROCESS ? CostCategory.EXTERNAL_ADVICE : CostCategory.PILOTING);
            CostCategory[] categories = CostCategory.values();
            for (int c = 0; c < 1 + random.nextInt(2); c++) {
                made.categories.add(categories[random.nextInt(categories.length)]);
            }
            made.categories.forEach(category -> schemeCategory.row(made.id, category.name()));
            for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
                long budget = kind == SchemeKind.PROCESS
                        ? 200L * (2 + random.nextInt(14))
                        : 1_000_000L * (2 + random.nextInt(19));
                made.ledgers.put(year, new long[] {budget, 0, 0});
            }
            return made;
        }

        private void application(GeneratedProject project, GeneratedScheme made) {
            List<GeneratedPerson> owners = actorPeople.get(made.owner.id());
            GeneratedPerson applicant = person(project);
            UUID id = generation.uuid();
            boolean hours = made.kind == SchemeKind.PROCESS;
            long requested = hours
                    ? 20L * (2 + random.nextInt(10))
                    : Math.max(
                            100_000, Math.round(project.value() * (0.1 + random.nextDouble() * 0.3) / 50_000) * 50_000);
            // Started after the project, submitted days later, never after now.
            Instant created = later(project.createdAt(), now.minus(180, ChronoUnit.DAYS))
                    .plus(random.nextInt(30), ChronoUnit.DAYS);
            if (created.isAfter(now.minus(12, ChronoUnit.HOURS))) {
                created = later(project.createdAt(), now.minus(12, ChronoUnit.HOURS));
            }
            created = created.truncatedTo(ChronoUnit.MICROS);
            Instant submitted = created.plus(2 + random.nextInt(14), ChronoUnit.DAYS);
            if (submitted.isAfter(now)) {
                submitted = created.plus(Duration.between(created, now).dividedBy(2));
            }
            LocalDate periodStart =
                    LocalDate.ofInstant(submitted, NorwegianTime.ZONE).plusDays(45 + random.nextInt(45));
            LocalDate periodEnd = periodStart.plusMonths(6 + random.nextInt(13));
            // Where it stands: waiting, assessed, or decided; a decided one may have milestones paid.
            int roll = random.nextInt(100);
            int stage = roll < 25 ? 0 : roll < 45 ? 1 : 2;
            // Assessments take up to 25 days after submission, a decision up to 13 more: none lies ahead of now.
            if (submitted.plus(39, ChronoUnit.DAYS).isAfter(now)) {
                stage = Math.min(stage, 1);
            }
            if (submitted.plus(26, ChronoUnit.DAYS).isAfter(now)) {
                stage = 0;
            }
            List<Object[]> historyRows = new ArrayList<>();
            historyRows.add(new Object[] {"drafted", applicant.name(), created});
            historyRows.add(new Object[] {"submitted", applicant.name(), submitted});
            List<GeneratedPerson> pool = new ArrayList<>(jury);
            GeneratedPerson decider = owners.get(random.nextInt(owners.size()));
            for (GeneratedPerson owner : owners) {
                if (!owner.id().equals(decider.id())) {
                    pool.add(owner);
                }
            }
            pool.removeIf(person -> person.id().equals(applicant.id()));
            Instant cursor = submitted;
            List<Recommendation> recommendations = new ArrayList<>();
            List<Object[]> assignmentRows = new ArrayList<>();
            List<Object[]> scoreRows = new ArrayList<>();
            if (stage >= 1 && pool.size() >= 2) {
                List<GeneratedPerson> assessors = new ArrayList<>();
                while (assessors.size() < 2) {
                    GeneratedPerson candidate = pool.get(random.nextInt(pool.size()));
                    if (assessors.stream().noneMatch(a -> a.id().equals(candidate.id()))) {
                        assessors.add(candidate);
                    }
                }
                Instant assigned = submitted.plus(3 + random.nextInt(7), ChronoUnit.DAYS);
                for (GeneratedPerson assessor : assessors) {
                    historyRows.add(new Object[] {"assessorAssigned", decider.name(), assigned});
                    Instant declared = assigned.plus(1 + random.nextInt(3), ChronoUnit.DAYS);
                    Instant done = declared.plus(2 + random.nextInt(10), ChronoUnit.DAYS);
                    Recommendation recommendation =
                            Recommendation.values()[random.nextInt(100) < 55 ? 0 : random.nextInt(3)];
                    recommendations.add(recommendation);
                    UUID assignmentId = generation.uuid();
                    assignmentRows.add(new Object[] {
                        assignmentId,
                        id,
                        assessor.id().value(),
                        assessor.name(),
                        decider.id().value(),
                        assigned,
                        false,
                        null,
                        declared,
                        recommendation.name(),
                        OVERALL.get(recommendation.ordinal()),
                        done
                    });
                    for (UUID criterionId : made.criteria) {
                        int base = recommendation == Recommendation.REJECT
                                ? 3
                                : recommendation == Recommendation.APPROVE ? 7 : 5;
                        scoreRows.add(new Object[] {
                            assignmentId,
                            criterionId,
                            Math.min(10, base + random.nextInt(4)),
                            "Vurdert ut fra søknaden og vedleggene."
                        });
                    }
                    cursor = later(cursor, done);
                }
            } else {
                stage = 0;
            }
            Outcome outcome = null;
            Long granted = null;
            String conditions = null;
            Instant decidedAt = null;
            List<Object[]> milestoneRows = new ArrayList<>();
            if (stage == 2) {
                decidedAt = cursor.plus(3 + random.nextInt(10), ChronoUnit.DAYS);
                if (decidedAt.isAfter(now)) {
                    decidedAt = now.minus(1, ChronoUnit.HOURS);
                }
                long[] amounts = made.ledgers.get(periodStart.getYear());
                long remainder = amounts == null ? 0 : amounts[0] - amounts[1];
                boolean reject = recommendations.contains(Recommendation.REJECT) && random.nextBoolean();
                long wanted = recommendations.contains(Recommendation.APPROVE_IN_PART)
                        ? Math.max(
                                hours ? 10 : 50_000,
                                Math.round(requested * 0.6 / (hours ? 10 : 50_000)) * (hours ? 10 : 50_000))
                        : requested;
                if (reject || remainder <= 0) {
                    outcome = Outcome.REJECTED;
                    granted = 0L;
                } else {
                    // Only what the ledger's remainder covers, as the conditional update in the ledger allows.
                    granted = Math.min(wanted, remainder);
                    outcome = granted < requested ? Outcome.APPROVED_IN_PART : Outcome.APPROVED;
                    amounts[1] += granted;
                    conditions = "Sluttrapport leveres innen tre måneder etter periodens slutt.";
                }
                historyRows.add(new Object[] {"decided", decider.name(), decidedAt});
                if (granted > 0) {
                    int count = 2 + random.nextInt(2);
                    long left = granted;
                    LocalDate due = periodStart.plusMonths(2);
                    for (int m = 0; m < count; m++) {
                        long amount = m == count - 1 ? left : granted / count;
                        left -= amount;
                        boolean paid = due.isBefore(today) && random.nextInt(100) < 70;
                        Instant reported = paid
                                ? due.atStartOfDay(NorwegianTime.ZONE)
                                        .toInstant()
                                        .minus(2, ChronoUnit.DAYS)
                                : null;
                        Instant paidAt = paid ? reported.plus(1 + random.nextInt(5), ChronoUnit.DAYS) : null;
                        if (paid && paidAt.isAfter(now)) {
                            paidAt = now.minus(1, ChronoUnit.HOURS);
                        }
                        if (paid) {
                            amounts[2] += amount;
                            historyRows.add(new Object[] {"milestoneReported", applicant.name(), reported});
                            historyRows.add(new Object[] {"paid", decider.name(), paidAt});
                        }
                        milestoneRows.add(new Object[] {
                            generation.uuid(),
                            id,
                            m,
                            MILESTONES.get(Math.min(m, MILESTONES.size() - 1)),
                            due,
                            amount,
                            paid ? "Milepælen er nådd; dokumentasjon er lagt ved." : null,
                            paid ? applicant.id().value() : null,
                            reported,
                            paid ? decider.id().value() : null,
                            paidAt,
                            null
                        });
                        due = due.plusMonths(3 + random.nextInt(3));
                    }
                }
            }
            ApplicationStatus status = stage == 2 ? ApplicationStatus.DECIDED : ApplicationStatus.SUBMITTED;
            application.row(
                    id,
                    made.id,
                    made.name,
                    made.owner.id().value(),
                    project.id(),
                    project.title(),
                    project.need(),
                    project.organisationName(),
                    project.value(),
                    project.step(),
                    project.organisation().value(),
                    project.organisationName(),
                    ApplicantKind.BUYER.name(),
                    applicant.id().value(),
                    created,
                    applicant.id().value(),
                    submitted,
                    status.name(),
                    requested,
                    periodStart,
                    periodEnd,
                    SUMMARIES.get(random.nextInt(SUMMARIES.size())),
                    outcome == null ? null : outcome.name(),
                    granted,
                    conditions,
                    decidedAt == null ? null : decider.id().value(),
                    decidedAt,
                    null,
                    null,
                    null,
                    null,
                    // The version counts the changes after the draft was made: one per history line after the first.
                    (long) (historyRows.size() - 1));
            Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
            for (CostCategory category : made.categories) {
                if (categories.isEmpty() || random.nextBoolean()) {
                    categories.add(category);
                }
            }
            categories.forEach(category -> applicationCategory.row(id, category.name()));
            for (int c = 0; c < made.criteria.size(); c++) {
                answer.row(
                        id, made.criteria.get(c), ANSWERS.get((c + random.nextInt(ANSWERS.size())) % ANSWERS.size()));
            }
            for (Object[] row : historyRows) {
                history.row(generation.uuid(), id, row[0], row[1], ((Instant) row[2]).truncatedTo(ChronoUnit.MICROS));
            }
            assignmentRows.forEach(assignment::row);
            scoreRows.forEach(score::row);
            milestoneRows.forEach(milestone::row);
        }

        /** The project's creator, who is a buyer of its organisation. */
        private GeneratedPerson person(GeneratedProject project) {
            GeneratedPerson buyer = buyers.get(project.createdBy());
            if (buyer == null) {
                throw new IllegalStateException("The creator of a generated project is one of its buyers");
            }
            return buyer;
        }

        private static Instant later(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
