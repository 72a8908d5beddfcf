package no.innomotor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.OpportunityFilter;
import no.innomotor.projects.ProjectFilter;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Membership;
import no.innomotor.shared.security.Role;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Free-text search over projects and opportunities on a generated national dataset (default ×10) in PostgreSQL,
 * against two PostgreSQL baselines on the same rows in the same run: {@code ILIKE '%term%'} over the texts, and a
 * {@code tsvector} with a GIN index ({@code to_tsvector('norwegian', …)}, queried with {@code plainto_tsquery},
 * ordered by {@code ts_rank}).
 * <p>
 * Innomotor's side is the modules' public search, as the list pages call it: {@link NoticesManagement#search} and
 * {@link ProjectQueries#search} (as an administrator, who sees every project), first page of 20 with the total, each
 * hit read from the read model the index stores, where the baselines return ids and the total only: the comparison
 * flatters the baselines a little. Each way returns its first 20 hits and the number of all hits.
 * <p>
 * The search terms are drawn (seeded) from the generated titles themselves: single words and pairs of neighbouring
 * words, so every term finds something in every way. Each way first runs all the terms as a warm-up, round after
 * round, until {@value #WARM_UP_ROUNDS} rounds or {@value #WARM_UP_SECONDS} s have passed (at least one round: the
 * slowest way gets one), so the JVM's side is measured compiled, as a running server answers, and PostgreSQL's with
 * its caches warm; then every term once timed.
 * <p>
 * The dataset is generated once per scale and seed with the application's own command ({@code java -jar <jar> data
 * generate --scale F --seed S}) into the database of the URL (dropped and made anew) and a search index in
 * {@code target/bench-data/}; a later run with the same scale and seed reuses both ({@code bench.regenerate=true}
 * makes them anew). Writes {@code bench/results/search-<date>.json} and {@code .md}. Arguments: the results folder,
 * the application jar, the scale, the seed, the JDBC URL of the PostgreSQL database, the number of terms, whether to
 * regenerate.
 */
public final class SearchBenchmark {

    private static final int PAGE = 20;

    static final int WARM_UP_ROUNDS = 20;

    static final int WARM_UP_SECONDS = 20;
    private static final Duration GENERATION = Duration.ofHours(2);

    private SearchBenchmark() {}

    /** One way of searching one kind of thing: milliseconds and hits per term. */
    record Way(String kind, String way, List<Double> millis, List<Long> hits) {

        double percentile(double p) {
            double[] sorted =
                    millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))];
        }

        long medianHits() {
            long[] sorted = hits.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[sorted.length / 2];
        }
    }

    @FunctionalInterface
    interface Search {
        long hits(String term) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        Path jar = Path.of(args[1]);
        String scale = args.length > 2 ? args[2] : "10";
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1L;
        String url = args.length > 4 ? args[4] : "jdbc:postgresql://127.0.0.1:5432/innomotor_bench_search";
        int termCount = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        boolean regenerate = args.length > 6 && Boolean.parseBoolean(args[6]);
        double loadAtStart = BenchMachine.loadAverage();

        Path work = Path.of("target", "bench-data", "search-scale" + scale + "-seed" + seed)
                .toAbsolutePath();
        Path marker = work.resolve("generated.txt");
        Double generationSeconds = null;
        if (regenerate || !Files.exists(marker)) {
            generationSeconds = generate(jar, work, url, scale, seed);
            Files.writeString(marker, "scale " + scale + ", seed " + seed + ", " + generationSeconds + " s\n");
        } else {
            System.err.println("Reusing the dataset in " + work + " ("
                    + Files.readString(marker).strip() + ")");
        }

        Map<String, Object> counts = new LinkedHashMap<>();
        double tsvectorSeconds;
        List<Way> ways = new ArrayList<>();
        String database;
        try (Connection sql = BenchDatabase.connect(url);
                ConfigurableApplicationContext context =
                        BenchDatabase.startContext(url, work.resolve("data").resolve("index"))) {
            database = sql.getMetaData().getDatabaseProductName() + " "
                    + sql.getMetaData().getDatabaseProductVersion();
            counts.put("projects", count(sql, "select count(*) from project"));
            counts.put("opportunities", count(sql, "select count(*) from notice_opportunity"));
            counts.put("organisations", count(sql, "select count(*) from organisation"));
            long building = System.nanoTime();
            buildTextSearch(sql);
            tsvectorSeconds = (System.nanoTime() - building) / 1e9;
            System.err.printf("tsvector tables and GIN indexes built in %.1f s%n", tsvectorSeconds);

            NoticesManagement notices = context.getBean(NoticesManagement.class);
            ProjectQueries projects = context.getBean(ProjectQueries.class);
            CurrentUser administrator = administrator();
            Random random = new Random(seed);
            List<String> opportunityTerms =
                    terms(sql, "select content from notice_opportunity_title", random, termCount);
            List<String> projectTerms = terms(sql, "select title from project", random, termCount);

            try (PreparedStatement opportunityIlike = sql.prepareStatement("""
                            select o.id, count(*) over () from notice_opportunity o
                            where exists (select 1 from notice_opportunity_title t
                                          where t.opportunity_id = o.id and t.content ilike ?)
                               or exists (select 1 from notice_opportunity_description d
                                          where d.opportunity_id = o.id and d.content ilike ?)
                            order by o.published_on desc nulls last limit 20
                            """);
                    PreparedStatement opportunityTsvector = sql.prepareStatement("""
                            select id, count(*) over () from bench_search.opportunity_text
                            where document @@ plainto_tsquery('norwegian', ?)
                            order by ts_rank(document, plainto_tsquery('norwegian', ?)) desc limit 20
                            """);
                    PreparedStatement projectIlike = sql.prepareStatement("""
                            select id, count(*) over () from project
                            where title ilike ? or need ilike ?
                            order by created_at desc limit 20
                            """);
                    PreparedStatement projectTsvector = sql.prepareStatement("""
                            select id, count(*) over () from bench_search.project_text
                            where document @@ plainto_tsquery('norwegian', ?)
                            order by ts_rank(document, plainto_tsquery('norwegian', ?)) desc limit 20
                            """)) {
                ways.add(measure(
                        "opportunities",
                        "Innomotor (Hibernate Search, Lucene)",
                        opportunityTerms,
                        term -> notices.search(new OpportunityFilter(null, null, null, null, false, term), 0, PAGE)
                                .getTotalElements()));
                ways.add(measure(
                        "opportunities",
                        "PostgreSQL tsvector + GIN",
                        opportunityTerms,
                        term -> hits(opportunityTsvector, term, term)));
                ways.add(measure(
                        "opportunities",
                        "PostgreSQL ILIKE",
                        opportunityTerms,
                        term -> hits(opportunityIlike, "%" + term + "%", "%" + term + "%")));
                ways.add(measure(
                        "projects",
                        "Innomotor (Hibernate Search, Lucene)",
                        projectTerms,
                        term -> projects.search(new ProjectFilter(null, null, null, null, term), 0, PAGE, administrator)
                                .total()));
                ways.add(measure(
                        "projects",
                        "PostgreSQL tsvector + GIN",
                        projectTerms,
                        term -> hits(projectTsvector, term, term)));
                ways.add(measure(
                        "projects",
                        "PostgreSQL ILIKE",
                        projectTerms,
                        term -> hits(projectIlike, "%" + term + "%", "%" + term + "%")));
            } finally {
                try (Statement drop = sql.createStatement()) {
                    drop.execute("drop schema if exists bench_search cascade");
                }
            }
        }
        write(results, scale, seed, database, counts, generationSeconds, tsvectorSeconds, termCount, loadAtStart, ways);
    }

    // ---- the dataset ----

    private static double generate(Path jar, Path work, String url, String scale, long seed) throws Exception {
        BenchFiles.delete(work);
        Files.createDirectories(work);
        BenchDatabase.recreate(url);
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_DATASOURCE_URL", url);
        environment.put("SPRING_DATASOURCE_USERNAME", System.getProperty("bench.pg.user", "postgres"));
        environment.put("SPRING_DATASOURCE_PASSWORD", BenchDatabase.password());
        System.err.printf("Generating the national dataset ×%s (seed %d) into %s; log in %s%n", scale, seed, url, work);
        long start = System.nanoTime();
        Process generator = JarLauncher.start(
                jar, work, List.of("data", "generate", "--scale", scale, "--seed", String.valueOf(seed)), environment);
        if (!generator.waitFor(GENERATION.toMinutes(), TimeUnit.MINUTES)) {
            generator.destroyForcibly();
            throw new IllegalStateException("The generator did not finish within " + GENERATION);
        }
        if (generator.exitValue() != 0) {
            throw new IllegalStateException("The generator failed (exit " + generator.exitValue() + "):\n"
                    + JarLauncher.tail(work.resolve(JarLauncher.LOG)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("Generated in %.0f s%n", seconds);
        return seconds;
    }

    private static long count(Connection sql, String query) throws SQLException {
        try (Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The texts as PostgreSQL's Norwegian full-text search sees them, each with a GIN index, analysed. */
    private static void buildTextSearch(Connection sql) throws SQLException {
        try (Statement ddl = sql.createStatement()) {
            ddl.execute("drop schema if exists bench_search cascade");
            ddl.execute("create schema bench_search");
            ddl.execute("""
                    create table bench_search.opportunity_text as
                    select o.id, to_tsvector('norwegian',
                               coalesce((select string_agg(t.content, ' ') from notice_opportunity_title t
                                         where t.opportunity_id = o.id), '') || ' ' ||
                               coalesce((select string_agg(d.content, ' ') from notice_opportunity_description d
                                         where d.opportunity_id = o.id), '')) as document
                    from notice_opportunity o
                    """);
            ddl.execute("""
                    create table bench_search.project_text as
                    select id, to_tsvector('norwegian', title || ' ' || need) as document from project
                    """);
            ddl.execute("create index on bench_search.opportunity_text using gin (document)");
            ddl.execute("create index on bench_search.project_text using gin (document)");
            ddl.execute("analyze bench_search.opportunity_text");
            ddl.execute("analyze bench_search.project_text");
            ddl.execute("analyze");
        }
    }

    /**
     * Terms from the generated titles: words of five letters or more, and every fifth term a pair of neighbouring
     * words, drawn with the seeded random from the distinct candidates.
     */
    private static List<String> terms(Connection sql, String query, Random random, int count) throws SQLException {
        List<String> words = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery(query + " limit 5000")) {
            while (rows.next()) {
                String[] parts = rows.getString(1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i].length() >= 5 && seen.add(parts[i])) {
                        words.add(parts[i]);
                    }
                    if (i + 1 < parts.length && parts[i].length() >= 4 && parts[i + 1].length() >= 4) {
                        String pair = parts[i] + " " + parts[i + 1];
                        if (seen.add(pair)) {
                            pairs.add(pair);
                        }
                    }
                }
            }
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("No words to search for in: " + query);
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> from = i % 5 == 4 && !pairs.isEmpty() ? pairs : words;
            terms.add(from.get(random.nextInt(from.size())));
        }
        return terms;
    }

    private static long hits(PreparedStatement query, String first, String second) throws SQLException {
        query.setString(1, first);
        query.setString(2, second);
        long total = 0;
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                total = rows.getLong(2);
            }
        }
        return total;
    }

    private static Way measure(String kind, String way, List<String> terms, Search search) throws Exception {
        long warmUpEnds = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        int rounds = 0;
        do {
            for (String term : terms) {
                search.hits(term);
            }
            rounds++;
        } while (rounds < WARM_UP_ROUNDS && System.nanoTime() < warmUpEnds);
        System.err.printf(Locale.ROOT, "%s, %s: %d warm-up rounds%n", kind, way, rounds);
        List<Double> millis = new ArrayList<>();
        List<Long> hits = new ArrayList<>();
        for (String term : terms) {
            long start = System.nanoTime();
            hits.add(search.hits(term));
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Way measured = new Way(kind, way, millis, hits);
        System.err.printf(
                Locale.ROOT,
                "%s, %s: p50 %.1f ms, p95 %.1f ms, median hits %d%n",
                kind,
                way,
                measured.percentile(0.5),
                measured.percentile(0.95),
                measured.medianHits());
        return measured;
    }

    private static CurrentUser administrator() {
        OrganisationId operator = new OrganisationId(UUID.nameUUIDFromBytes("bench-operator".getBytes()));
        List<Membership> memberships = List.of(new Membership(operator, "Innomotor drift", true, Set.of(Role.ADMIN)));
        return new CurrentUser() {
            @Override
            public PersonId personId() {
                return new PersonId(UUID.nameUUIDFromBytes("bench-administrator".getBytes()));
            }

            @Override
            public String displayName() {
                return "Benchmark";
            }

            @Override
            public String email() {
                return "benchmark@innomotor.invalid";
            }

            @Override
            public List<Membership> memberships() {
                return memberships;
            }
        };
    }

    // ---- results ----

    private static void write(
            Path results,
            String scale,
            long seed,
            String database,
            Map<String, Object> counts,
            Double generationSeconds,
            double tsvectorSeconds,
            int termCount,
            double loadAtStart,
            List<Way> ways)
            throws Exception {
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("loadAverageAtStart", loadAtStart);
        machine.put("loadAverageAtEnd", BenchMachine.loadAverage());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("benchmark", "search");
        r.put("date", LocalDate.now().toString());
        r.put("machine", machine);
        r.put("scale", scale);
        r.put("seed", seed);
        r.put("database", database);
        r.put("rows", counts);
        r.put("generationSeconds", generationSeconds);
        r.put("tsvectorBuildSeconds", tsvectorSeconds);
        r.put("terms", termCount);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Way way : ways) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", way.kind());
            row.put("way", way.way());
            row.put("p50Millis", way.percentile(0.5));
            row.put("p95Millis", way.percentile(0.95));
            row.put("maxMillis", way.percentile(1.0));
            row.put("medianHits", way.medianHits());
            rows.add(row);
        }
        r.put("ways", rows);
        Map<String, Object> ratios = new LinkedHashMap<>();
        for (String kind : List.of("opportunities", "projects")) {
            Way innomotor = find(ways, kind, "Innomotor");
            ratios.put(
                    kind + ".tsvectorP50ToInnomotorP50",
                    find(ways, kind, "tsvector").percentile(0.5) / innomotor.percentile(0.5));
            ratios.put(
                    kind + ".ilikeP50ToInnomotorP50",
                    find(ways, kind, "ILIKE").percentile(0.5) / innomotor.percentile(0.5));
            ratios.put(
                    kind + ".tsvectorP95ToInnomotorP95",
                    find(ways, kind, "tsvector").percentile(0.95) / innomotor.percentile(0.95));
            ratios.put(
                    kind + ".ilikeP95ToInnomotorP95",
                    find(ways, kind, "ILIKE").percentile(0.95) / innomotor.percentile(0.95));
        }
        r.put("ratios", ratios);
        String stamp = LocalDate.now().toString();
        StringBuilder md = new StringBuilder();
        md.append("# Free-text search benchmark, ").append(stamp).append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Generated national dataset ×%s (seed %d) on %s: %s. %d terms drawn from the generated titles, each "
                        + "run as a warm-up (rounds of all terms until " + WARM_UP_ROUNDS + " rounds or "
                        + WARM_UP_SECONDS
                        + " s, at least one) and then once timed per way; first page of %d hits and the total. "
                        + "tsvector tables and GIN indexes built in %.1f s before timing%s.%n%n",
                scale,
                seed,
                database,
                counts,
                termCount,
                PAGE,
                tsvectorSeconds,
                generationSeconds == null
                        ? " (dataset reused from an earlier run)"
                        : String.format(Locale.ROOT, "; dataset generated in %.0f s", generationSeconds)));
        md.append(BenchMachine.markdown(machine, loadAtStart));
        md.append("| kind | way | p50 ms | p95 ms | max ms | median hits | p50 ÷ Innomotor's p50 |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Way way : ways) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %.1f | %.1f | %d | %.2f |%n",
                    way.kind(),
                    way.way(),
                    way.percentile(0.5),
                    way.percentile(0.95),
                    way.percentile(1.0),
                    way.medianHits(),
                    way.percentile(0.5) / find(ways, way.kind(), "Innomotor").percentile(0.5)));
        }
        md.append("\nHits differ by design: Innomotor's Norwegian analysers stem words and match word parts, "
                + "PostgreSQL's Norwegian configuration stems whole words, ILIKE finds the letters anywhere.\n");
        BenchFiles.writeResults(results, "search-" + stamp, r, md.toString());
    }

    private static Way find(List<Way> ways, String kind, String way) {
        return ways.stream()
                .filter(w -> w.kind().equals(kind) && w.way().contains(way))
                .findFirst()
                .orElseThrow();
    }
}
