package no.innomotor.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import no.innomotor.benefits.BenefitRollups;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The benefit roll-ups at national scale: 20,000 projects with a plan (default), one to nine benefits each (about
 * 100,000), the benefits of seven in ten projects measured monthly for up to 28 months (about 1,000,000
 * measurements), written straight into the benefits module's own tables
 * (made by its Flyway migrations) from a seeded random, with each benefit's latest value, status and realised kroner
 * as the plan keeps them. Times the module's own {@link BenefitRollups} queries — national, per county, per sector,
 * per organisation — on H2 (MODE=PostgreSQL, in memory) and, when a server answers at the given URL, on PostgreSQL.
 * Writes {@code bench/results/benefit-rollup-<date>.json} and {@code .md}. Arguments: the results folder, the number
 * of projects, the PostgreSQL URL, and the seed.
 */
public final class BenefitRollupBenchmark {

    private static final List<String> COUNTIES = List.of(
            "NO020", "NO060", "NO071", "NO072", "NO073", "NO081", "NO083", "NO084", "NO085", "NO092", "NO093", "NO094",
            "NO0A1", "NO0A2", "NO0A3");
    private static final List<String> SECTORS =
            List.of("Kommune", "Fylkeskommune", "Statlig virksomhet", "Helseforetak", "Universitet og høgskole");
    private static final String[] STATUSES = {"NOT_MEASURED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "REALISED"};
    private static final int RUNS = 30;

    private BenefitRollupBenchmark() {}

    record Timing(String query, String database, double medianMillis, double p95Millis, double maxMillis) {}

    public static void main(String[] args) throws Exception {
        java.nio.file.Path results = java.nio.file.Path.of(args.length > 0 ? args[0] : "bench/results");
        int projects = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        String pgUrl = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/innomotor_bench_benefits";
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1L;
        double loadAtStart = BenchMachine.loadAverage();

        List<Timing> timings = new ArrayList<>();
        Map<String, Object> sizes = new LinkedHashMap<>();
        DataSource h2 = new DriverManagerDataSource(
                "jdbc:h2:mem:benefit-rollup;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1",
                "sa",
                "");
        sizes.put("h2", measure("H2", h2, projects, seed, timings));
        DataSource pg = postgres(pgUrl);
        if (pg != null) {
            sizes.put("postgresql", measure("PostgreSQL", pg, projects, seed, timings));
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("machine", BenchMachine.describe());
        figures.put("projects", projects);
        figures.put("datasets", sizes);
        figures.put("runs", RUNS);
        figures.put("timings", timings);
        StringBuilder md = new StringBuilder("# Benefit roll-ups\n\n");
        md.append("Generated straight into the benefits tables (seed ")
                .append(seed)
                .append("): ");
        md.append(sizes).append(".\n\n");
        md.append("| query | database | p50 ms | p95 ms | max ms |\n|---|---|---:|---:|---:|\n");
        for (Timing t : timings) {
            md.append(String.format(
                    "| %s | %s | %.2f | %.2f | %.2f |%n",
                    t.query(), t.database(), t.medianMillis(), t.p95Millis(), t.maxMillis()));
        }
        md.append("\n").append(BenchMachine.markdown(BenchMachine.describe(), loadAtStart));
        BenchFiles.writeResults(results, "benefit-rollup-" + LocalDate.now(), figures, md.toString());
    }

    /** The PostgreSQL database made anew, or null when no server answers ("-" skips it). */
    private static @org.jspecify.annotations.Nullable DataSource postgres(String url) {
        if (url.equals("-")) {
            return null;
        }
        try {
            BenchDatabase.recreate(url);
            return new DriverManagerDataSource(
                    url, System.getProperty("bench.pg.user", "postgres"), BenchDatabase.password());
        } catch (Exception unavailable) {
            System.out.println("PostgreSQL not reached at " + url + ": " + unavailable.getMessage());
            return null;
        }
    }

    private static Map<String, Long> measure(
            String database, DataSource data, int projects, long seed, List<Timing> timings) throws Exception {
        Flyway.configure()
                .dataSource(data)
                .locations("classpath:db/migration/benefits")
                .cleanDisabled(false)
                .load()
                .migrate();
        long started = System.nanoTime();
        Map<String, Long> size = generate(data, projects, new Random(seed));
        size.put("generationSeconds", (System.nanoTime() - started) / 1_000_000_000L);
        BenefitRollups rollups = new BenefitRollups(JdbcClient.create(data));
        timings.add(time("national", database, rollups::national));
        timings.add(time("per county", database, rollups::byCounty));
        timings.add(time("per sector", database, rollups::bySector));
        timings.add(time("per organisation", database, rollups::byOrganisation));
        System.out.println(database + ": national " + rollups.national());
        return size;
    }

    private static Timing time(String query, String database, Supplier<Object> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(
                query, database, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]);
    }

    private static Map<String, Long> generate(DataSource data, int projects, Random random) throws Exception {
        int organisations = Math.max(1, projects / 50);
        UUID[] orgs = new UUID[organisations];
        String[] orgCounty = new String[organisations];
        String[] orgSector = new String[organisations];
        for (int i = 0; i < organisations; i++) {
            orgs[i] = new UUID(seedOf(random), i);
            orgCounty[i] = COUNTIES.get(random.nextInt(COUNTIES.size()));
            orgSector[i] = SECTORS.get(random.nextInt(SECTORS.size()));
        }
        long benefits = 0;
        long measurements = 0;
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate today = LocalDate.now();
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement plan = c.prepareStatement("insert into benefit_plan (project_id, organisation_id,"
                    + " nuts_code, sector, showcased, story, update_requested, created_at, changed_at, version)"
                    + " values (?, ?, ?, ?, ?, '', false, ?, ?, 0)");
            PreparedStatement benefit = c.prepareStatement("insert into benefit (id, project_id, position, title,"
                    + " description, type, priced, quantitative, indicator, unit, method, baseline_value, baseline_on,"
                    + " baseline_source, target_value, target_on, schedule, owner_id, owner_name, preconditions,"
                    + " actions, risks, mandate_goal, planned_nok, leads_to, latest_value, latest_on, realised_nok,"
                    + " next_due, status, version) values (?, ?, ?, 'Gevinst', '', ?, ?, true, 'Indikator', 'kr', '',"
                    + " 1000, ?, '', 400, ?, 'QUARTERLY', ?, 'Eier', '', '', '', '', ?, '', ?, ?, ?, ?, ?, 0)");
            PreparedStatement measurement = c.prepareStatement("insert into benefit_measurement (id, benefit_id,"
                    + " project_id, measured_on, measured_value, comment, recorded_by, recorded_at)"
                    + " values (?, ?, ?, ?, ?, '', null, ?)");
            for (int p = 0; p < projects; p++) {
                UUID project = new UUID(seedOf(random), p);
                int org = random.nextInt(organisations);
                plan.setObject(1, project);
                plan.setObject(2, orgs[org]);
                plan.setString(3, orgCounty[org]);
                plan.setString(4, orgSector[org]);
                plan.setBoolean(5, random.nextInt(20) == 0);
                plan.setTimestamp(6, now);
                plan.setTimestamp(7, now);
                plan.addBatch();
                int count = 1 + random.nextInt(9);
                boolean measured = random.nextInt(10) < 7;
                for (int b = 0; b < count; b++) {
                    UUID id = UUID.randomUUID();
                    boolean priced = random.nextBoolean();
                    int taken = measured ? random.nextInt(29) : 0;
                    benefit.setObject(1, id);
                    benefit.setObject(2, project);
                    benefit.setInt(3, b + 1);
                    benefit.setString(4, priced ? "EFFICIENCY" : "QUALITY");
                    benefit.setBoolean(5, priced);
                    benefit.setObject(6, today.minusYears(2));
                    benefit.setObject(7, today.plusYears(1));
                    benefit.setObject(8, UUID.randomUUID());
                    Long planned = priced ? 100_000L * (1 + random.nextInt(50)) : null;
                    benefit.setObject(9, planned);
                    benefit.setObject(10, taken == 0 ? null : new java.math.BigDecimal(400 + random.nextInt(600)));
                    benefit.setObject(11, taken == 0 ? null : today.minusDays(random.nextInt(90)));
                    benefit.setObject(12, taken == 0 || planned == null ? null : planned * random.nextInt(101) / 100);
                    benefit.setObject(13, today.plusDays(random.nextInt(90)));
                    benefit.setString(14, taken == 0 ? "NOT_MEASURED" : STATUSES[1 + random.nextInt(4)]);
                    benefit.addBatch();
                    benefits++;
                    for (int m = 0; m < taken; m++) {
                        measurement.setObject(1, UUID.randomUUID());
                        measurement.setObject(2, id);
                        measurement.setObject(3, project);
                        measurement.setObject(4, today.minusMonths(taken - m));
                        measurement.setObject(5, new java.math.BigDecimal(400 + random.nextInt(600)));
                        measurement.setTimestamp(6, now);
                        measurement.addBatch();
                        measurements++;
                    }
                }
                if (p % 500 == 499) {
                    plan.executeBatch();
                    benefit.executeBatch();
                    measurement.executeBatch();
                    c.commit();
                }
            }
            plan.executeBatch();
            benefit.executeBatch();
            measurement.executeBatch();
            c.commit();
        }
        Map<String, Long> size = new LinkedHashMap<>();
        size.put("plans", (long) projects);
        size.put("organisations", (long) organisations);
        size.put("benefits", benefits);
        size.put("measurements", measurements);
        return size;
    }

    private static long seedOf(Random random) {
        return random.nextLong();
    }
}
