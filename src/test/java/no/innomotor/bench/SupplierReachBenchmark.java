package no.innomotor.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import no.innomotor.InnomotorApplication;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.CpvEntry;
import no.innomotor.notices.ListedAnnouncement;
import no.innomotor.notices.NoticeKind;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.notices.Opportunity;
import no.innomotor.notices.OpportunityId;
import no.innomotor.notices.SupplierInterest;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Membership;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.SizeClass;
import no.innomotor.suppliers.SupplierFilter;
import no.innomotor.suppliers.SupplierQueries;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supplier reach at national scale: a generated dataset (default ×5, about 100,000 supplier profiles) in PostgreSQL,
 * two figures each beside a baseline measured in the same run.
 * <ol>
 *   <li><b>Directory search</b>: seeded queries mixing CPV (with descendants), region, size class, new to the public
 *       sector and free text, drawn from the generated profiles, through {@link SupplierQueries#directory} (what the
 *       {@code /suppliers} page calls, first page of 20 with the total), against the same queries in PostgreSQL as
 *       {@code ILIKE}/{@code LIKE} over the profile table and as arrays and a {@code tsvector}, each with a GIN index.
 *       Warm-up rounds first as in {@link SearchBenchmark}, then each query once timed.
 *   <li><b>Publish → notifications queued</b>: announcements whose CPV codes, regions and words reach from few to
 *       many of the profiles, chosen by seed from candidates made of the generated profiles' own codes, regions and
 *       keywords; each listed through {@link NoticesManagement#listAnnouncement} in a transaction of its own (as
 *       publishing a market-dialogue announcement does), then timed until the alerts are written (the suppliers
 *       module's listener finished) and until every listener has finished (no incomplete publication left in
 *       Spring Modulith's registry: the inbox messages and the mails are stored). Beside it, in the same JVM: the
 *       matching alone ({@code opportunity.interestMatcher()} held against the same interests read into memory),
 *       reading the interests with plain JDBC, and a plain JDBC batch insert of as many alert, inbox and mail rows
 *       as the run stored.
 * </ol>
 * The dataset is generated anew every run, in this JVM, by the application's own command ({@code data generate
 * --scale F --seed S}) into the database of the URL (dropped and made anew) and a search index under
 * {@code target/bench-data/}. Writes {@code bench/results/supplier-reach-<date>.json} and {@code .md}. Arguments: the
 * results folder, the scale, the seed, the JDBC URL, the number of announcements, the number of queries, the
 * longest wait for one announcement's notifications in seconds.
 */
public final class SupplierReachBenchmark {

    private static final int PAGE = 20;
    private static final int CANDIDATES = 160;
    private static final int MATCHING_REPEATS = 5;
    private static final int BATCH = 1_000;
    private static final String SCHEMA = "bench_supplier_reach";
    private static final Duration POLL = Duration.ofMillis(5);

    /** The ways of the directory search in the per-query results, in the order they run. */
    private static final List<String> WAY_KEYS = List.of("innomotor", "postgresIndexed", "postgresLike");

    private SupplierReachBenchmark() {}

    /** One listed profile or saved search as matching sees it, with what the queries are drawn from. */
    record Interest(
            UUID organisation,
            boolean search,
            String companyName,
            List<String> competences,
            List<String> scope,
            List<String> regions,
            List<String> keywords,
            String sizeClass,
            boolean soldToPublic,
            SupplierInterest interest) {}

    /** One way of searching: milliseconds and hits per query. */
    record Way(String way, List<Double> millis, List<Long> hits) {

        double percentile(double p) {
            return SupplierReachBenchmark.percentile(millis, p);
        }

        long medianHits() {
            long[] sorted = hits.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[sorted.length / 2];
        }
    }

    @FunctionalInterface
    interface Search {
        long hits(SupplierFilter filter) throws Exception;
    }

    /** An announcement to publish, with the suppliers the in-memory matcher says it reaches. */
    record Candidate(
            String title, String description, List<CpvCode> cpv, List<NutsCode> nuts, Opportunity draft, int reach) {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        String scale = args.length > 1 ? args[1] : "5";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        String url = args.length > 3 ? args[3] : "jdbc:postgresql://127.0.0.1:5432/innomotor_bench_suppliers";
        int announcementCount = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int queryCount = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        long timeoutSeconds = args.length > 6 ? Long.parseLong(args[6]) : 600;
        double loadAtStart = BenchMachine.loadAverage();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("benchmark", "supplier-reach");
        r.put("date", LocalDate.now().toString());
        r.put("scale", scale);
        r.put("seed", seed);

        Path work = Path.of("target", "bench-data", "supplier-reach").toAbsolutePath();
        Map<String, Object> generation = generate(work, url, scale, seed);
        r.put("generation", generation);

        try (Connection sql = BenchDatabase.connect(url);
                Connection poll = BenchDatabase.connect(url);
                ConfigurableApplicationContext context = BenchDatabase.startContext(
                        url, work.resolve("index"), "--logging.level.no.innomotor.suppliers.SupplierAlerts=INFO")) {
            r.put(
                    "database",
                    sql.getMetaData().getDatabaseProductName() + " "
                            + sql.getMetaData().getDatabaseProductVersion());
            Map<String, Object> rows = new LinkedHashMap<>();
            rows.put("supplierProfiles", count(sql, "select count(*) from supplier_profile"));
            rows.put("listedProfiles", count(sql, "select count(*) from supplier_profile where listed"));
            rows.put("savedSearches", count(sql, "select count(*) from supplier_saved_search"));
            rows.put("organisations", count(sql, "select count(*) from organisation"));
            rows.put("people", count(sql, "select count(*) from person"));
            rows.put("opportunities", count(sql, "select count(*) from notice_opportunity"));
            r.put("rows", rows);
            System.err.println("Rows: " + rows);

            long reading = System.nanoTime();
            List<Interest> interests = readInterests(sql);
            double readMillis = (System.nanoTime() - reading) / 1e6;
            r.put("interests", interests.size());
            System.err.printf(Locale.ROOT, "%,d interests read in %.0f ms%n", interests.size(), readMillis);

            Random random = new Random(seed);
            CpvCatalogue cpv = context.getBean(CpvCatalogue.class);
            NutsCatalogue nuts = context.getBean(NutsCatalogue.class);

            // ---- directory search (first, while nothing else runs in the context) ----
            r.put(
                    "search",
                    directorySearch(sql, context.getBean(SupplierQueries.class), nuts, interests, random, queryCount));

            // ---- publish → notifications queued ----
            r.put(
                    "publish",
                    publish(
                            sql,
                            poll,
                            context,
                            cpv,
                            nuts,
                            interests,
                            random,
                            announcementCount,
                            Duration.ofSeconds(timeoutSeconds)));
            try (Statement drop = sql.createStatement()) {
                drop.execute("drop schema if exists " + SCHEMA + " cascade");
            }
            // Written before the context closes: a listener still running after the limit cannot hold them back.
            Map<String, Object> machine = BenchMachine.describe();
            machine.put("loadAverageAtStart", loadAtStart);
            machine.put("loadAverageAtEnd", BenchMachine.loadAverage());
            r.put("machine", machine);
            write(results, r, loadAtStart);
        }
    }

    // ---- the dataset ----

    /**
     * Drops and makes the database anew and runs {@code data generate} in this JVM, the way {@code java -jar
     * innomotor.jar data generate} does ({@link InnomotorApplication#runCommand}), on the benchmark's database and
     * index given as system properties.
     */
    private static Map<String, Object> generate(Path work, String url, String scale, long seed) throws Exception {
        BenchFiles.delete(work);
        Files.createDirectories(work);
        BenchDatabase.recreate(url);
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", System.getProperty("bench.pg.user", "postgres"));
        System.setProperty("spring.datasource.password", BenchDatabase.password());
        System.setProperty(
                "spring.jpa.properties.hibernate.search.backend.directory.root",
                work.resolve("index").toString());
        System.err.printf("Generating the national dataset ×%s (seed %d) into %s%n", scale, seed, url);
        double load = BenchMachine.loadAverage();
        PrintStream out = System.out;
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int exit;
        try (PrintStream capture = new PrintStream(summary, true, StandardCharsets.UTF_8)) {
            exit = InnomotorApplication.runCommand(
                    new String[] {"data", "generate", "--scale", scale, "--seed", String.valueOf(seed)}, capture);
        } finally {
            System.setOut(out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = summary.toString(StandardCharsets.UTF_8);
        System.err.print(text);
        if (exit != 0) {
            throw new IllegalStateException("The generator failed (exit " + exit + "):\n" + text);
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("seconds", seconds);
        g.put("loadAverageAtStart", load);
        g.put("summary", text.lines().findFirst().orElse(""));
        return g;
    }

    private static long count(Connection sql, String query, Object... parameters) throws SQLException {
        try (PreparedStatement statement = sql.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * The listed profiles and every saved search, as the alert walks them (an empty interest alerts nobody and is
     * left out), with plain JDBC: codes and regions split on spaces, a profile's keywords on commas.
     */
    static List<Interest> readInterests(Connection sql) throws SQLException {
        List<Interest> interests = new ArrayList<>();
        try (Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select organisation_id, company_name, competences, competence_scope, regions, keywords,
                               size_class, sold_to_public
                        from supplier_profile where listed order by organisation_id""")) {
            while (rows.next()) {
                List<String> competences = split(rows.getString(3), " ");
                List<String> regions = split(rows.getString(5), " ");
                List<String> keywords = split(rows.getString(6), ",");
                SupplierInterest interest = interest(competences, regions, keywords);
                if (!interest.isEmpty()) {
                    interests.add(new Interest(
                            rows.getObject(1, UUID.class),
                            false,
                            rows.getString(2),
                            competences,
                            split(rows.getString(4), " "),
                            regions,
                            keywords,
                            rows.getString(7),
                            rows.getBoolean(8),
                            interest));
                }
            }
        }
        try (Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select organisation_id, name, cpv_codes, regions, keywords
                        from supplier_saved_search order by id""")) {
            while (rows.next()) {
                List<String> codes = split(rows.getString(3), " ");
                List<String> regions = split(rows.getString(4), " ");
                List<String> keywords = split(rows.getString(5), ",");
                SupplierInterest interest = interest(codes, regions, keywords);
                if (!interest.isEmpty()) {
                    interests.add(new Interest(
                            rows.getObject(1, UUID.class),
                            true,
                            rows.getString(2),
                            codes,
                            List.of(),
                            regions,
                            keywords,
                            "",
                            false,
                            interest));
                }
            }
        }
        return interests;
    }

    private static List<String> split(String column, String separator) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(separator))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }

    private static SupplierInterest interest(List<String> cpv, List<String> regions, List<String> keywords) {
        Set<CpvCode> codes = new LinkedHashSet<>();
        cpv.forEach(code -> CpvCode.parse(code).ifPresent(codes::add));
        Set<NutsCode> places = new LinkedHashSet<>();
        regions.forEach(code -> NutsCode.parse(code).ifPresent(places::add));
        return new SupplierInterest(codes, places, new LinkedHashSet<>(keywords));
    }

    // ---- directory search ----

    private static Map<String, Object> directorySearch(
            Connection sql,
            SupplierQueries directory,
            NutsCatalogue nuts,
            List<Interest> interests,
            Random random,
            int queryCount)
            throws Exception {
        List<String> norwegian = nuts.norwegianRegions().stream()
                .map(region -> region.code().value())
                .toList();
        List<String> counties =
                nuts.counties().stream().map(region -> region.code().value()).toList();
        List<Interest> profiles = interests.stream().filter(i -> !i.search()).toList();
        List<SupplierFilter> queries = new ArrayList<>();
        while (queries.size() < queryCount) {
            Interest from = profiles.get(random.nextInt(profiles.size()));
            CpvCode cpv = random.nextInt(100) < 60
                    ? CpvCode.of(from.scope().get(random.nextInt(from.scope().size())))
                    : null;
            NutsCode region = null;
            if (random.nextInt(100) < 50) {
                String served = from.regions().get(random.nextInt(from.regions().size()));
                region = NutsCode.of(served.length() > 2 ? served : counties.get(random.nextInt(counties.size())));
            }
            SizeClass size = random.nextInt(100) < 30 ? SizeClass.valueOf(from.sizeClass()) : null;
            boolean newToPublic = !from.soldToPublic() && random.nextInt(100) < 30;
            String text = null;
            if (random.nextInt(100) < 50) {
                if (random.nextBoolean() && !from.keywords().isEmpty()) {
                    text = from.keywords().get(random.nextInt(from.keywords().size()));
                } else {
                    List<String> words = Arrays.stream(from.companyName().split("[^\\p{L}]+"))
                            .filter(word -> word.length() >= 4)
                            .toList();
                    text = words.isEmpty() ? null : words.get(random.nextInt(words.size()));
                }
            }
            if (cpv == null && region == null && size == null && !newToPublic && text == null) {
                continue;
            }
            queries.add(new SupplierFilter(cpv, region, size, newToPublic, text));
        }

        long building = System.nanoTime();
        try (Statement ddl = sql.createStatement()) {
            ddl.execute("drop schema if exists " + SCHEMA + " cascade");
            ddl.execute("create schema " + SCHEMA);
            ddl.execute("create table " + SCHEMA + ".profile as select organisation_id, company_name, size_class,"
                    + " sold_to_public, string_to_array(competence_scope, ' ') as cpv,"
                    + " string_to_array(regions, ' ') as regions,"
                    + " to_tsvector('norwegian', company_name || ' ' || replace(keywords, ',', ' ') || ' ' || pitch)"
                    + " as document from supplier_profile where listed");
            ddl.execute("create index on " + SCHEMA + ".profile using gin (cpv)");
            ddl.execute("create index on " + SCHEMA + ".profile using gin (regions)");
            ddl.execute("create index on " + SCHEMA + ".profile using gin (document)");
            ddl.execute("create index on " + SCHEMA + ".profile (company_name)");
            ddl.execute("analyze " + SCHEMA + ".profile");
            ddl.execute("analyze supplier_profile");
        }
        double indexedSeconds = (System.nanoTime() - building) / 1e9;
        System.err.printf(Locale.ROOT, "Arrays, tsvector and GIN indexes built in %.1f s%n", indexedSeconds);

        CurrentUser buyer = buyer();
        List<Way> ways = new ArrayList<>();
        ways.add(measure(
                "Innomotor (SupplierQueries.directory, Hibernate Search, Lucene)",
                queries,
                filter -> directory.directory(filter, 0, PAGE, buyer).total()));
        ways.add(measure("PostgreSQL arrays + tsvector, GIN", queries, filter -> indexed(sql, filter, norwegian)));
        ways.add(measure("PostgreSQL LIKE/ILIKE over supplier_profile", queries, filter -> scanned(sql, filter)));

        Map<String, Object> s = new LinkedHashMap<>();
        s.put("queries", queryCount);
        s.put("withText", queries.stream().filter(q -> q.text() != null).count());
        s.put("withCpv", queries.stream().filter(q -> q.cpv() != null).count());
        s.put("withRegion", queries.stream().filter(q -> q.region() != null).count());
        s.put("withSize", queries.stream().filter(q -> q.size() != null).count());
        s.put(
                "withNewToPublic",
                queries.stream().filter(SupplierFilter::newToPublicSector).count());
        s.put("baselineIndexSeconds", indexedSeconds);
        List<Map<String, Object>> rows = new ArrayList<>();
        Way innomotor = ways.get(0);
        for (Way way : ways) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("way", way.way());
            row.put("p50Millis", way.percentile(0.5));
            row.put("p95Millis", way.percentile(0.95));
            row.put("maxMillis", way.percentile(1.0));
            row.put("medianHits", way.medianHits());
            int sameWithoutText = 0;
            int withoutText = 0;
            for (int i = 0; i < queries.size(); i++) {
                if (queries.get(i).text() == null) {
                    withoutText++;
                    if (way.hits().get(i).equals(innomotor.hits().get(i))) {
                        sameWithoutText++;
                    }
                }
            }
            row.put("queriesWithoutText", withoutText);
            row.put("sameHitsAsInnomotorWithoutText", sameWithoutText);
            row.put("p50ToInnomotorP50", way.percentile(0.5) / innomotor.percentile(0.5));
            row.put("p95ToInnomotorP95", way.percentile(0.95) / innomotor.percentile(0.95));
            rows.add(row);
        }
        s.put("ways", rows);
        List<Map<String, Object>> perQuery = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("filter", describe(queries.get(i)));
            for (int w = 0; w < ways.size(); w++) {
                String name = WAY_KEYS.get(w);
                q.put(name + "Millis", ways.get(w).millis().get(i));
                q.put(name + "Hits", ways.get(w).hits().get(i));
            }
            perQuery.add(q);
        }
        s.put("perQuery", perQuery);
        return s;
    }

    private static String describe(SupplierFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.cpv() != null) {
            parts.add("cpv=" + f.cpv().value());
        }
        if (f.region() != null) {
            parts.add("region=" + f.region().value());
        }
        if (f.size() != null) {
            parts.add("size=" + f.size());
        }
        if (f.newToPublicSector()) {
            parts.add("newToPublic");
        }
        if (f.text() != null) {
            parts.add("q=" + f.text());
        }
        return String.join(" ", parts);
    }

    /** The regions holding {@code region}, and the region itself: a company serving one of them serves it. */
    private static List<String> wider(NutsCode region) {
        List<String> codes = new ArrayList<>();
        NutsCode current = region;
        codes.add(current.value());
        while (current.level() > 0) {
            current = current.parent();
            codes.add(current.value());
        }
        codes.add(region.country());
        return codes.stream().distinct().toList();
    }

    /** Arrays with GIN indexes for codes and regions, a tsvector for the text; best match first, else by name. */
    private static long indexed(Connection sql, SupplierFilter filter, List<String> norwegian) throws SQLException {
        StringBuilder where = new StringBuilder("true");
        List<Object> parameters = new ArrayList<>();
        if (filter.cpv() != null) {
            where.append(" and cpv @> ?");
            parameters.add(new String[] {filter.cpv().value()});
        }
        if (filter.region() != null) {
            Set<String> covering = new LinkedHashSet<>(wider(filter.region()));
            norwegian.stream()
                    .filter(code -> code.startsWith(filter.region().value()))
                    .forEach(covering::add);
            where.append(" and regions && ?");
            parameters.add(covering.toArray(String[]::new));
        }
        if (filter.size() != null) {
            where.append(" and size_class = ?");
            parameters.add(filter.size().name());
        }
        if (filter.newToPublicSector()) {
            where.append(" and not sold_to_public");
        }
        String order = "company_name";
        if (filter.text() != null) {
            where.append(" and document @@ plainto_tsquery('norwegian', ?)");
            parameters.add(filter.text());
            order = "ts_rank(document, plainto_tsquery('norwegian', ?)) desc, company_name";
            parameters.add(filter.text());
        }
        return run(
                sql,
                "select organisation_id, count(*) over () from " + SCHEMA + ".profile where " + where + " order by "
                        + order + " limit " + PAGE,
                parameters);
    }

    /** The profile table as it is: codes and regions by {@code LIKE} on their columns, text by {@code ILIKE}. */
    private static long scanned(Connection sql, SupplierFilter filter) throws SQLException {
        StringBuilder where = new StringBuilder("listed");
        List<Object> parameters = new ArrayList<>();
        if (filter.cpv() != null) {
            where.append(" and ' ' || competence_scope || ' ' like ?");
            parameters.add("% " + filter.cpv().value() + " %");
        }
        if (filter.region() != null) {
            where.append(" and exists (select 1 from unnest(string_to_array(regions, ' ')) r"
                    + " where r like ? or r = any(?))");
            parameters.add(filter.region().value() + "%");
            parameters.add(wider(filter.region()).toArray(String[]::new));
        }
        if (filter.size() != null) {
            where.append(" and size_class = ?");
            parameters.add(filter.size().name());
        }
        if (filter.newToPublicSector()) {
            where.append(" and not sold_to_public");
        }
        if (filter.text() != null) {
            where.append(" and (company_name || ' ' || keywords || ' ' || pitch) ilike ?");
            parameters.add("%" + filter.text() + "%");
        }
        return run(
                sql,
                "select organisation_id, count(*) over () from supplier_profile where " + where
                        + " order by company_name limit " + PAGE,
                parameters);
    }

    private static long run(Connection sql, String query, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = sql.prepareStatement(query)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object p = parameters.get(i);
                if (p instanceof String[] array) {
                    statement.setArray(i + 1, sql.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, p);
                }
            }
            long total = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    total = rows.getLong(2);
                }
            }
            return total;
        }
    }

    private static Way measure(String way, List<SupplierFilter> queries, Search search) throws Exception {
        long warmUpEnds = System.nanoTime() + SearchBenchmark.WARM_UP_SECONDS * 1_000_000_000L;
        int rounds = 0;
        do {
            for (SupplierFilter query : queries) {
                search.hits(query);
            }
            rounds++;
        } while (rounds < SearchBenchmark.WARM_UP_ROUNDS && System.nanoTime() < warmUpEnds);
        List<Double> millis = new ArrayList<>();
        List<Long> hits = new ArrayList<>();
        for (SupplierFilter query : queries) {
            long start = System.nanoTime();
            hits.add(search.hits(query));
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Way measured = new Way(way, millis, hits);
        System.err.printf(
                Locale.ROOT,
                "%s: %d warm-up rounds; p50 %.1f ms, p95 %.1f ms, max %.1f ms, median hits %d%n",
                way,
                rounds,
                measured.percentile(0.5),
                measured.percentile(0.95),
                measured.percentile(1.0),
                measured.medianHits());
        return measured;
    }

    private static CurrentUser buyer() {
        OrganisationId municipality = new OrganisationId(UUID.nameUUIDFromBytes("bench-buyer-org".getBytes()));
        List<Membership> memberships =
                List.of(new Membership(municipality, "Benchmark kommune", true, Set.of(Role.BUYER)));
        return new CurrentUser() {
            @Override
            public PersonId personId() {
                return new PersonId(UUID.nameUUIDFromBytes("bench-buyer".getBytes()));
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

    // ---- publish → notifications queued ----

    private static Map<String, Object> publish(
            Connection sql,
            Connection poll,
            ConfigurableApplicationContext context,
            CpvCatalogue cpv,
            NutsCatalogue nuts,
            List<Interest> interests,
            Random random,
            int announcementCount,
            Duration timeout)
            throws Exception {
        NoticesManagement notices = context.getBean(NoticesManagement.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        List<String> counties = nuts.counties().stream()
                .map(NutsRegion::code)
                .map(NutsCode::value)
                .toList();
        List<String> buyers = new ArrayList<>();
        try (Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select name from organisation where name like '% kommune' order by name limit 200")) {
            while (rows.next()) {
                buyers.add(rows.getString(1));
            }
        }
        if (buyers.isEmpty()) {
            buyers.add("Benchmark kommune");
        }

        // Candidates from the profiles' own codes, regions and keywords; the chosen ones span the reach they have.
        List<Interest> profiles = interests.stream().filter(i -> !i.search()).toList();
        List<Candidate> candidates = new ArrayList<>();
        long choosing = System.nanoTime();
        for (int c = 0; c < CANDIDATES; c++) {
            int codes = (int) Math.round(Math.exp(random.nextDouble() * Math.log(40)));
            int places = (int) Math.round(Math.exp(random.nextDouble() * Math.log(counties.size())));
            Set<CpvCode> chosen = new LinkedHashSet<>();
            Set<String> keywords = new LinkedHashSet<>();
            Set<NutsCode> regions = new LinkedHashSet<>();
            while (chosen.size() < codes) {
                Interest anchor = profiles.get(random.nextInt(profiles.size()));
                chosen.add(CpvCode.of(anchor.competences()
                        .get(random.nextInt(anchor.competences().size()))));
                keywords.add(
                        anchor.keywords().get(random.nextInt(anchor.keywords().size())));
                if (regions.size() < places) {
                    String region =
                            anchor.regions().get(random.nextInt(anchor.regions().size()));
                    regions.add(
                            NutsCode.of(region.length() > 2 ? region : counties.get(random.nextInt(counties.size()))));
                }
            }
            while (regions.size() < places) {
                regions.add(NutsCode.of(counties.get(random.nextInt(counties.size()))));
            }
            String buyer = buyers.get(random.nextInt(buyers.size()));
            List<String> words = new ArrayList<>(keywords);
            String title = "Markedsdialog: " + String.join(", ", words.subList(0, Math.min(3, words.size()))) + " for "
                    + buyer;
            String description = buyer + " inviterer leverandører til dialog om " + String.join(", ", words)
                    + " før en mulig innovativ anskaffelse. Vi vil høre om løsninger som finnes og som kan utvikles.";
            Opportunity draft = draft(title, description, List.copyOf(chosen), List.copyOf(regions), cpv, buyer);
            Predicate<SupplierInterest> matcher = draft.interestMatcher();
            int reach = 0;
            for (Interest interest : interests) {
                if (matcher.test(interest.interest())) {
                    reach++;
                }
            }
            candidates.add(new Candidate(title, description, List.copyOf(chosen), List.copyOf(regions), draft, reach));
        }
        candidates.sort(Comparator.comparingInt(Candidate::reach));
        List<Candidate> announcements = new ArrayList<>();
        for (int i = 0; i < announcementCount; i++) {
            int at = announcementCount == 1
                    ? candidates.size() - 1
                    : i * (candidates.size() - 1) / (announcementCount - 1);
            announcements.add(candidates.get(at));
        }
        System.err.printf(
                Locale.ROOT,
                "%d candidates matched in %.1f s; chosen reach: %s%n",
                CANDIDATES,
                (System.nanoTime() - choosing) / 1e9,
                announcements.stream().map(Candidate::reach).toList());

        try (Statement ddl = sql.createStatement()) {
            ddl.execute("create table if not exists " + SCHEMA + ".alert (like supplier_alert including all)");
            ddl.execute("create table if not exists " + SCHEMA + ".inbox (like inbox_message including all)");
            ddl.execute("create table if not exists " + SCHEMA + ".mail (like sent_mail including all)");
        }
        waitQuiet(poll, timeout);

        List<Map<String, Object>> measured = new ArrayList<>();
        String stopped = null;
        int number = 0;
        for (Candidate announcement : announcements) {
            number++;
            long mailsBefore = count(poll, "select count(*) from sent_mail");
            String reference = "MD-BENCH-" + UUID.randomUUID();
            ListedAnnouncement listed = new ListedAnnouncement(
                    reference,
                    announcement.title(),
                    announcement.description(),
                    announcement.cpv(),
                    announcement.nuts(),
                    Instant.now().plus(Duration.ofDays(30)),
                    announcement.draft().buyers().get(0).name(),
                    null,
                    "/announcements/" + UUID.nameUUIDFromBytes(reference.getBytes()),
                    LocalDate.now(),
                    null);
            long t0 = System.nanoTime();
            OpportunityId id = transaction.execute(status -> notices.listAnnouncement(listed));
            long committed = System.nanoTime();
            Long alertsAt = null;
            Long doneAt = null;
            long deadline = t0 + timeout.toNanos();
            try (PreparedStatement open = poll.prepareStatement("select count(*) filter (where listener_id like"
                    + " '%SupplierListeners%'), count(*) from event_publication where completion_date is null")) {
                while (System.nanoTime() < deadline) {
                    long suppliers;
                    long all;
                    try (ResultSet rows = open.executeQuery()) {
                        rows.next();
                        suppliers = rows.getLong(1);
                        all = rows.getLong(2);
                    }
                    long now = System.nanoTime();
                    if (alertsAt == null && suppliers == 0) {
                        alertsAt = now;
                    }
                    if (all == 0) {
                        doneAt = now;
                        break;
                    }
                    Thread.sleep(POLL.toMillis());
                }
            }
            long alerts = count(poll, "select count(*) from supplier_alert where opportunity_id = ?", id.value());
            long organisations = count(
                    poll,
                    "select count(distinct organisation_id) from supplier_alert where opportunity_id = ?",
                    id.value());
            long inbox = count(
                    poll,
                    "select count(*) from inbox_message where kind = 'supplier-alert' and link = ?",
                    "/opportunities/" + id.value());
            long mails = count(poll, "select count(*) from sent_mail") - mailsBefore;

            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", number);
            m.put("cpvCodes", announcement.cpv().size());
            m.put("regions", announcement.nuts().stream().map(NutsCode::value).toList());
            m.put("title", announcement.title());
            m.put("expectedReach", announcement.reach());
            m.put("alerts", alerts);
            m.put("organisationsAlerted", organisations);
            m.put("inboxMessages", inbox);
            m.put("mails", mails);
            m.put("publishCommitMillis", (committed - t0) / 1e6);
            m.put("alertsWrittenMillis", alertsAt == null ? null : (alertsAt - t0) / 1e6);
            m.put("allQueuedMillis", doneAt == null ? null : (doneAt - t0) / 1e6);
            m.put("loadAverage", BenchMachine.loadAverage());

            // Baselines in the same JVM: matching alone, reading the interests, storing as many rows.
            Opportunity stored = notices.find(id).orElseThrow();
            List<Double> matching = new ArrayList<>();
            int matched = 0;
            for (int repeat = 0; repeat < MATCHING_REPEATS; repeat++) {
                long start = System.nanoTime();
                Predicate<SupplierInterest> matcher = stored.interestMatcher();
                int n = 0;
                for (Interest interest : interests) {
                    if (matcher.test(interest.interest())) {
                        n++;
                    }
                }
                matching.add((System.nanoTime() - start) / 1e6);
                matched = n;
            }
            m.put("baselineMatched", matched);
            m.put("baselineMatchingMillis", percentile(matching, 0.5));
            long reading = System.nanoTime();
            readInterests(poll);
            m.put("baselineReadInterestsMillis", (System.nanoTime() - reading) / 1e6);
            m.put("baselineInsertMillis", insertFloor(poll, id.value(), alerts, inbox, mails));
            measured.add(m);
            System.err.println("Announcement " + number + ": " + m);
            if (doneAt == null) {
                stopped = "announcement " + number + " had not queued all its notifications after "
                        + timeout.toSeconds() + " s; the larger ones were not published";
                System.err.println(stopped);
                break;
            }
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("announcements", measured);
        p.put("stopped", stopped);
        p.put("summary", summary(measured));
        return p;
    }

    private static Map<String, Object> summary(List<Map<String, Object>> measured) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (String key : List.of(
                "alerts",
                "publishCommitMillis",
                "alertsWrittenMillis",
                "allQueuedMillis",
                "baselineMatchingMillis",
                "baselineReadInterestsMillis",
                "baselineInsertMillis")) {
            List<Double> values = measured.stream()
                    .map(m -> m.get(key))
                    .filter(v -> v instanceof Number)
                    .map(v -> ((Number) v).doubleValue())
                    .toList();
            if (!values.isEmpty()) {
                s.put(key + "Median", percentile(values, 0.5));
                s.put(key + "P95", percentile(values, 0.95));
            }
        }
        return s;
    }

    /** Waits until no event publication is incomplete, as before the first announcement. */
    private static void waitQuiet(Connection poll, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(poll, "select count(*) from event_publication where completion_date is null") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Event publications still incomplete before the first announcement");
            }
            Thread.sleep(100);
        }
    }

    /**
     * A plain JDBC batch insert, in batches of {@value #BATCH} and one transaction, of as many rows as the run
     * stored: alerts, inbox messages and mails, into tables made like the application's own; emptied afterwards.
     */
    private static double insertFloor(Connection sql, UUID opportunity, long alerts, long inbox, long mails)
            throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean autoCommit = sql.getAutoCommit();
        sql.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement alert = sql.prepareStatement("insert into " + SCHEMA + ".alert (id, opportunity_id,"
                        + " opportunity_title, organisation_id, person_id, search_id, matched_name, reason_cpv,"
                        + " reason_regions, reason_keywords, sme, new_to_public, mail, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement message = sql.prepareStatement("insert into " + SCHEMA + ".inbox (id,"
                        + " recipient_id, kind, parameters, link, created_at) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement mail = sql.prepareStatement("insert into " + SCHEMA + ".mail (id, recipient,"
                        + " subject, body, language, channel, sent_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (long i = 0; i < alerts; i++) {
                alert.setObject(1, UUID.randomUUID());
                alert.setObject(2, opportunity);
                alert.setString(3, "Markedsdialog: programvare, sensor og helse for Benchmark kommune");
                alert.setObject(4, UUID.randomUUID());
                alert.setObject(5, null);
                alert.setObject(6, null);
                alert.setString(7, "Benchmark AS");
                alert.setString(8, "72212000>72212100");
                alert.setString(9, "NO081");
                alert.setString(10, "programvare");
                alert.setBoolean(11, true);
                alert.setBoolean(12, false);
                alert.setBoolean(13, true);
                alert.setObject(14, now);
                alert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    alert.executeBatch();
                }
            }
            alert.executeBatch();
            for (long i = 0; i < inbox; i++) {
                message.setObject(1, UUID.randomUUID());
                message.setObject(2, UUID.randomUUID());
                message.setString(3, "supplier-alert");
                message.setString(
                        4,
                        "{\"opportunity\":\"Markedsdialog: programvare for Benchmark kommune\","
                                + "\"match\":\"Benchmark AS\",\"cpv\":[\"72212000 → 72212100\"],\"regions\":[\"Oslo\"],"
                                + "\"keywords\":[\"programvare\"]}");
                message.setString(5, "/opportunities/" + opportunity);
                message.setObject(6, now);
                message.addBatch();
                if ((i + 1) % BATCH == 0) {
                    message.executeBatch();
                }
            }
            message.executeBatch();
            for (long i = 0; i < mails; i++) {
                mail.setObject(1, UUID.randomUUID());
                mail.setString(2, "leverandor" + i + "@benchmark.invalid");
                mail.setString(3, "Ny mulighet: Markedsdialog: programvare for Benchmark kommune");
                mail.setString(
                        4,
                        "Markedsdialog: programvare for Benchmark kommune passer til Benchmark AS (CPV"
                                + " 72212000, Oslo, programvare).\n\nSe mer: https://innomotor.invalid/opportunities/"
                                + opportunity + "\n\nInnboks: https://innomotor.invalid/inbox");
                mail.setString(5, "nb");
                mail.setString(6, "OUTBOX");
                mail.setObject(7, now);
                mail.addBatch();
                if ((i + 1) % BATCH == 0) {
                    mail.executeBatch();
                }
            }
            mail.executeBatch();
            sql.commit();
        } catch (SQLException e) {
            sql.rollback();
            throw e;
        } finally {
            sql.setAutoCommit(autoCommit);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        try (Statement empty = sql.createStatement()) {
            empty.execute("truncate " + SCHEMA + ".alert, " + SCHEMA + ".inbox, " + SCHEMA + ".mail");
        }
        return millis;
    }

    /** An opportunity as the announcement will be listed, for choosing candidates by their reach. */
    private static Opportunity draft(
            String title,
            String description,
            List<CpvCode> codes,
            List<NutsCode> regions,
            CpvCatalogue cpv,
            String buyer) {
        Set<CpvCode> scope = new LinkedHashSet<>();
        for (CpvCode code : codes) {
            scope.add(code);
            cpv.path(code).stream().map(CpvEntry::code).forEach(scope::add);
        }
        return new Opportunity(
                new OpportunityId(UUID.randomUUID()),
                "draft",
                "01",
                NoticeKind.CONSULTATION,
                "pmc",
                "consultation",
                LocalDate.now(),
                List.of(new Opportunity.Buyer(buyer, null, null)),
                Map.of("NOR", title),
                Map.of("NOR", description),
                codes,
                scope,
                regions,
                null,
                null,
                List.of(),
                null,
                null,
                false,
                List.of(),
                null,
                null,
                false,
                Instant.EPOCH,
                Instant.EPOCH,
                false);
    }

    static double percentile(List<Double> values, double p) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))];
    }

    // ---- results ----

    @SuppressWarnings("unchecked")
    private static void write(Path results, Map<String, Object> r, double loadAtStart) throws Exception {
        Map<String, Object> machine = (Map<String, Object>) r.get("machine");
        Map<String, Object> generation = (Map<String, Object>) r.get("generation");
        Map<String, Object> search = (Map<String, Object>) r.get("search");
        Map<String, Object> publish = (Map<String, Object>) r.get("publish");
        String stamp = (String) r.get("date");
        StringBuilder md = new StringBuilder();
        md.append("# Supplier reach benchmark, ").append(stamp).append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Generated national dataset ×%s (seed %s) on %s, generated in this run by the application's own "
                        + "`data generate` in %.0f s (load average %.1f at its start): %s. %,d interests (listed "
                        + "profiles and saved searches) held in memory for the baselines.%n%n",
                r.get("scale"),
                r.get("seed"),
                r.get("database"),
                (Double) generation.get("seconds"),
                (Double) generation.get("loadAverageAtStart"),
                r.get("rows"),
                ((Number) r.get("interests")).longValue()));
        md.append(BenchMachine.markdown(machine, loadAtStart));

        md.append("## Publish → notifications queued\n\n");
        md.append("Each announcement listed through `NoticesManagement.listAnnouncement` in a transaction of its own; "
                + "ms from the start of that transaction. *Alerts written*: the suppliers module's listener has "
                + "committed its `supplier_alert` rows. *All queued*: no incomplete publication is left in the event "
                + "publication registry (inbox messages and mails stored). Baselines measured right after, in the "
                + "same JVM: *matching* is `opportunity.interestMatcher()` over the same interests in memory (median "
                + "of " + MATCHING_REPEATS + "), *read* a plain JDBC read of the listed profiles and saved searches, "
                + "*insert* a plain JDBC batch insert (" + BATCH + " per batch, one transaction) of as many alert, "
                + "inbox and mail rows.\n\n");
        md.append("| # | CPV codes | regions | alerts | organisations | inbox | mails | commit ms | alerts written ms "
                + "| all queued ms | matching ms | read ms | insert ms | load |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> m : (List<Map<String, Object>>) publish.get("announcements")) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %s | %s | %s | %s | %.0f | %s | %s | %.1f | %.0f | %.0f | %.1f |%n",
                    m.get("number"),
                    m.get("cpvCodes"),
                    ((List<?>) m.get("regions")).size(),
                    m.get("alerts"),
                    m.get("organisationsAlerted"),
                    m.get("inboxMessages"),
                    m.get("mails"),
                    (Double) m.get("publishCommitMillis"),
                    millis(m.get("alertsWrittenMillis")),
                    millis(m.get("allQueuedMillis")),
                    (Double) m.get("baselineMatchingMillis"),
                    (Double) m.get("baselineReadInterestsMillis"),
                    (Double) m.get("baselineInsertMillis"),
                    (Double) m.get("loadAverage")));
        }
        Map<String, Object> s = (Map<String, Object>) publish.get("summary");
        md.append("\n| figure | median | p95 |\n|---|---:|---:|\n");
        for (String key : List.of(
                "alerts",
                "publishCommitMillis",
                "alertsWrittenMillis",
                "allQueuedMillis",
                "baselineMatchingMillis",
                "baselineReadInterestsMillis",
                "baselineInsertMillis")) {
            if (s.containsKey(key + "Median")) {
                md.append(String.format(
                        Locale.ROOT, "| %s | %.1f | %.1f |%n", key, (Double) s.get(key + "Median"), (Double)
                                s.get(key + "P95")));
            }
        }
        if (publish.get("stopped") != null) {
            md.append("\nStopped: ").append(publish.get("stopped")).append(".\n");
        }

        md.append("\n## Directory search\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%s seeded queries drawn from the generated profiles (%s with CPV, %s region, %s size class, %s new "
                        + "to the public sector, %s free text); each way warmed up (rounds of all queries until "
                        + SearchBenchmark.WARM_UP_ROUNDS + " rounds or " + SearchBenchmark.WARM_UP_SECONDS
                        + " s), then every query once timed; first page of %d and the total. Baseline arrays, "
                        + "tsvector and GIN indexes built in %.1f s before timing.%n%n",
                search.get("queries"),
                search.get("withCpv"),
                search.get("withRegion"),
                search.get("withSize"),
                search.get("withNewToPublic"),
                search.get("withText"),
                PAGE,
                (Double) search.get("baselineIndexSeconds")));
        md.append("| way | p50 ms | p95 ms | max ms | median hits | same hits as Innomotor (queries without text) "
                + "| p50 ÷ Innomotor's | p95 ÷ Innomotor's |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> w : (List<Map<String, Object>>) search.get("ways")) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %s | %s of %s | %.2f | %.2f |%n",
                    w.get("way"),
                    (Double) w.get("p50Millis"),
                    (Double) w.get("p95Millis"),
                    (Double) w.get("maxMillis"),
                    w.get("medianHits"),
                    w.get("sameHitsAsInnomotorWithoutText"),
                    w.get("queriesWithoutText"),
                    (Double) w.get("p50ToInnomotorP50"),
                    (Double) w.get("p95ToInnomotorP95")));
        }
        md.append("\nFree-text hits differ by design: Innomotor's Norwegian analysers stem words, PostgreSQL's "
                + "Norwegian configuration stems whole words, ILIKE finds the letters anywhere. Without text all "
                + "ways apply the same rules, so their totals should agree.\n");
        BenchFiles.writeResults(results, "supplier-reach-" + stamp, r, md.toString());
    }

    private static String millis(Object value) {
        return value == null ? "not within the limit" : String.format(Locale.ROOT, "%.0f", (Double) value);
    }
}
