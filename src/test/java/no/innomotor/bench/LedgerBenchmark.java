package no.innomotor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.projects.CreateProject;
import no.innomotor.projects.ProcedureType;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.riskrelief.ApplicationId;
import no.innomotor.riskrelief.ApplicationInput;
import no.innomotor.riskrelief.ApplicationView;
import no.innomotor.riskrelief.AssessmentInput;
import no.innomotor.riskrelief.Audience;
import no.innomotor.riskrelief.CriterionView;
import no.innomotor.riskrelief.DecisionInput;
import no.innomotor.riskrelief.LedgerView;
import no.innomotor.riskrelief.Recommendation;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import no.innomotor.riskrelief.RiskReliefExceptions;
import no.innomotor.riskrelief.RiskReliefManagement;
import no.innomotor.riskrelief.RiskReliefQueries;
import no.innomotor.riskrelief.SchemeId;
import no.innomotor.riskrelief.SchemeInput;
import no.innomotor.riskrelief.SchemeKind;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The ledger under many approvals at the same moment (default 100) against one scheme's budget, which covers only
 * {@link #COVERED} of them: each approval is a decision through {@code RiskReliefManagement.decide}, the ledger's
 * conditional update deciding which get through. Run on an embedded H2 file database and on PostgreSQL in one run.
 * Reports the wall time from the start signal until every decision answered, each decision's latency (median, 95th
 * percentile, max), how many were approved and refused, and that committed stayed at or below the budget (the run
 * fails otherwise). Writes {@code bench/results/ledger-<date>.json} and {@code .md}. Arguments: the results folder,
 * the number of approvals, the JDBC URL of the PostgreSQL database (recreated; "-" skips PostgreSQL).
 */
public final class LedgerBenchmark {

    static final long AMOUNT = 100_000;
    static final int COVERED = 60;

    private LedgerBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        int approvals = args.length > 1 && !args[1].startsWith("${") ? Integer.parseInt(args[1]) : 100;
        String pg = args.length > 2 && !args[2].startsWith("${")
                ? args[2]
                : "jdbc:postgresql://127.0.0.1:5432/innomotor_bench_ledger";
        double loadAtStart = BenchMachine.loadAverage();
        Map<String, Object> figures = new LinkedHashMap<>();
        Path temp = Files.createTempDirectory("innomotor-ledger-bench");
        try {
            figures.put(
                    "h2",
                    run(
                            "jdbc:h2:file:" + temp.resolve("ledger") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                    + "DEFAULT_NULL_ORDERING=HIGH",
                            temp.resolve("index-h2"),
                            approvals));
            if (!pg.equals("-")) {
                BenchDatabase.recreate(pg);
                figures.put("postgresql", run(pg, temp.resolve("index-pg"), approvals));
            }
        } finally {
            BenchFiles.delete(temp);
        }
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("loadAverageAtEnd", BenchMachine.loadAverage());
        figures.put("approvals", approvals);
        figures.put("budget", COVERED * AMOUNT);
        figures.put("amount", AMOUNT);
        figures.put("machine", machine);
        StringBuilder md = new StringBuilder("# Ledger under concurrent approvals\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d approvals of %,d kr at the same moment against a budget of %,d kr (covers %d).%n%n",
                approvals,
                AMOUNT,
                COVERED * AMOUNT,
                COVERED));
        md.append("| database | wall time | median | p95 | max | approved | refused | committed | ≤ budget |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (String db : List.of("h2", "postgresql")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) figures.get(db);
            if (r != null) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d ms | %d ms | %d ms | %d ms | %d | %d | %,d kr | %s |%n",
                        db,
                        r.get("wallMillis"),
                        r.get("medianMillis"),
                        r.get("p95Millis"),
                        r.get("maxMillis"),
                        r.get("approved"),
                        r.get("refused"),
                        r.get("committed"),
                        r.get("withinBudget")));
            }
        }
        md.append('\n').append(BenchMachine.markdown(machine, loadAtStart));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
        BenchFiles.writeResults(results, "ledger-" + stamp, figures, md.toString());
        System.exit(0);
    }

    private static Map<String, Object> run(String url, Path index, int approvals) throws Exception {
        try (ConfigurableApplicationContext context = BenchDatabase.startContext(url, index)) {
            World world = new World(context, approvals);
            List<ApplicationId> applications = world.applications();
            List<Long> versions = applications.stream()
                    .map(id -> world.queries.application(id, world.decider).version())
                    .toList();
            CountDownLatch ready = new CountDownLatch(approvals);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(approvals);
            AtomicInteger refused = new AtomicInteger();
            List<Future<Long>> latencies = new ArrayList<>();
            for (int i = 0; i < approvals; i++) {
                ApplicationId id = applications.get(i);
                long version = versions.get(i);
                latencies.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    long started = System.nanoTime();
                    try {
                        world.riskRelief.decide(id, approval(), version, world.decider);
                    } catch (RiskReliefExceptions.BudgetExceeded over) {
                        refused.incrementAndGet();
                    }
                    return System.nanoTime() - started;
                }));
            }
            ready.await(60, TimeUnit.SECONDS);
            long start = System.nanoTime();
            go.countDown();
            List<Long> millis = new ArrayList<>();
            for (Future<Long> f : latencies) {
                millis.add(f.get(300, TimeUnit.SECONDS) / 1_000_000);
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            pool.shutdown();
            millis.sort(Long::compare);
            LedgerView.Period period =
                    world.queries.ledger(world.scheme, world.decider).periods().get(0);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("wallMillis", wall);
            r.put("medianMillis", millis.get(millis.size() / 2));
            r.put("p95Millis", millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
            r.put("maxMillis", millis.get(millis.size() - 1));
            r.put("approved", approvals - refused.get());
            r.put("refused", refused.get());
            r.put("committed", period.committed());
            r.put("budget", period.budget());
            r.put("withinBudget", period.committed() <= period.budget());
            if (period.committed() > period.budget() || period.committed() != (approvals - refused.get()) * AMOUNT) {
                throw new IllegalStateException("The ledger overspent or lost a commitment: " + r);
            }
            System.out.println(url.substring(0, 12) + ": " + r);
            return r;
        }
    }

    private static DecisionInput approval() {
        return new DecisionInput(
                Outcome.APPROVED,
                AMOUNT,
                List.of(),
                List.of(new DecisionInput.MilestoneInput(
                        "Pilot", LocalDate.now().plusMonths(6), AMOUNT)));
    }

    /** An instrument actor with a scheme, a jury member, and as many buyers with a submitted, assessed application. */
    private static final class World {
        final OrganisationsManagement organisations;
        final UserDetailsService users;
        final ProjectsManagement projects;
        final RiskReliefManagement riskRelief;
        final RiskReliefQueries queries;
        final CurrentUser decider;
        final CurrentUser assessor;
        final CurrentUser jury;
        final SchemeId scheme;
        final int approvals;
        private int counter;

        World(ConfigurableApplicationContext context, int approvals) {
            this.organisations = context.getBean(OrganisationsManagement.class);
            this.users = context.getBean(UserDetailsService.class);
            this.projects = context.getBean(ProjectsManagement.class);
            this.riskRelief = context.getBean(RiskReliefManagement.class);
            this.queries = context.getBean(RiskReliefQueries.class);
            this.approvals = approvals;
            OrganisationId actor = org(OrganisationType.INSTRUMENT_ACTOR, "Benk virkemiddel");
            this.decider = person(actor, Role.INSTRUMENT_ACTOR);
            this.assessor = person(actor, Role.INSTRUMENT_ACTOR);
            this.jury = person(org(OrganisationType.OTHER, "Benk fagjury"), Role.JURY);
            int year = LocalDate.now().getYear();
            this.scheme = riskRelief.createScheme(
                    actor,
                    new SchemeInput(
                            "Benkordning",
                            "Målt under samtidige vedtak.",
                            SchemeKind.FINANCIAL,
                            Audience.BUYERS,
                            LocalDate.now().plusMonths(1),
                            year,
                            COVERED * AMOUNT,
                            List.of(new SchemeInput.Criterion("Nytte", 100)),
                            Set.of(CostCategory.PILOTING)),
                    decider);
            riskRelief.publishScheme(scheme, 0, decider);
        }

        List<ApplicationId> applications() {
            List<ApplicationId> ids = new ArrayList<>();
            int year = LocalDate.now().getYear();
            for (int i = 0; i < approvals; i++) {
                OrganisationId municipality = org(OrganisationType.MUNICIPALITY, "Benk kommune " + i);
                CurrentUser buyer = person(municipality, Role.BUYER);
                ProjectId project = projects.create(
                        new CreateProject(
                                "Benkprosjekt " + i,
                                "Et behov som måles.",
                                municipality,
                                Money.nok(1_000_000),
                                List.of(CpvCode.of("33195000")),
                                NutsCode.of("NO081"),
                                ProcedureType.values()[0],
                                Set.of()),
                        buyer);
                Map<String, String> answers = new HashMap<>();
                for (CriterionView c : queries.scheme(scheme, buyer).criteria()) {
                    answers.put(c.id(), "Svar");
                }
                ApplicationId id = riskRelief.createApplication(
                        scheme,
                        project,
                        new ApplicationInput(
                                AMOUNT,
                                LocalDate.of(year, 1, 1),
                                LocalDate.of(year, 12, 31),
                                Set.of(CostCategory.PILOTING),
                                "Pilot",
                                answers),
                        buyer);
                riskRelief.submit(id, buyer);
                riskRelief.assign(id, jury.personId(), decider);
                riskRelief.assign(id, assessor.personId(), decider);
                for (CurrentUser p : List.of(jury, assessor)) {
                    riskRelief.declare(id, false, "", p);
                    Map<String, AssessmentInput.Score> scores = new HashMap<>();
                    for (ApplicationView.Answer a : queries.application(id, p).answers()) {
                        scores.put(a.criterion().id(), new AssessmentInput.Score(7, "Begrunnet"));
                    }
                    riskRelief.assess(id, new AssessmentInput(scores, Recommendation.APPROVE, ""), p);
                }
                ids.add(id);
            }
            return ids;
        }

        private OrganisationId org(OrganisationType type, String name) {
            OrganisationSummary org = organisations.register(
                    new RegisterOrganisation(
                            new OrgNumber(no.innomotor.testing.TestData.orgNumber()), name, type, "NO081", null),
                    null);
            if (type.needsApproval()) {
                organisations.approve(org.id(), null);
            }
            return org.id();
        }

        private CurrentUser person(OrganisationId org, Role role) {
            String email = "benk" + (++counter) + "-" + System.nanoTime() + "@example.no";
            var person = organisations.createPerson(email, "Benk Person " + counter, "benk-passord-1234", null);
            organisations.grantRole(person.id(), org, role, null);
            return (CurrentUser) users.loadUserByUsername(email);
        }
    }
}
