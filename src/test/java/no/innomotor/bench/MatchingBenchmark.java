package no.innomotor.bench;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.CpvEntry;
import no.innomotor.notices.NoticeKind;
import no.innomotor.notices.Opportunity;
import no.innomotor.notices.OpportunityId;
import no.innomotor.notices.SupplierInterest;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Matching one new opportunity against the interests of many suppliers (default 100,000): which of them should hear
 * of it. Three ways, each over the same seeded interests and the same opportunities, in one run:
 * <ol>
 *   <li><b>per interest</b> — {@code opportunity.interestMatcher().test(interest)} for each interest, the matcher made
 *       anew every time, as a caller holding one interest at a time does (the opportunity's texts folded per
 *       interest);
 *   <li><b>made ready once</b> — one {@code opportunity.interestMatcher()} held against all interests (texts folded
 *       once);
 *   <li><b>SQL join</b> — the baseline: the interests as rows in PostgreSQL (CPV codes, NUTS codes, folded keywords,
 *       each indexed by supplier, the CPV codes by code too) and one query per opportunity joining the interests'
 *       CPV codes to the opportunity's CPV codes with their ancestors, regions by prefix with
 *       {@code LIKE prefix || '%'} and keywords as word beginnings in the folded text: the same rules as
 *       {@code OpportunityMatching}. A join on CPV digit prefixes instead of the tree finds more than the rules
 *       allow below category level, where the code list does not follow its digits (71351911 is not below
 *       71351910), so the baseline joins on the tree the opportunity already carries.
 * </ol>
 * Every opportunity's matched suppliers are compared across the three; a difference fails the run. Writes
 * {@code bench/results/matching-<date>.json} and {@code .md}. Arguments: the results folder, the number of suppliers,
 * the number of opportunities, the JDBC URL of a PostgreSQL database to create the benchmark's tables in (made when
 * missing; the tables are dropped after), and the seed.
 */
public final class MatchingBenchmark {

    private static final String[] KEYWORDS = {
        "sensor",
        "droner",
        "kunstig intelligens",
        "maskinlæring",
        "velferdsteknologi",
        "digital tvilling",
        "batteri",
        "elektrisk",
        "hydrogen",
        "fornybar",
        "avløp",
        "vannrensing",
        "tunnel",
        "bru",
        "asfalt",
        "gatelys",
        "skole",
        "læringsplattform",
        "helseplattform",
        "pasientsikkerhet",
        "journal",
        "sykehjem",
        "omsorg",
        "robot",
        "logistikk",
        "avfall",
        "gjenvinning",
        "sirkulær",
        "bygg",
        "massivtre",
        "energieffektiv",
        "varmepumpe",
        "solcelle",
        "ladepunkt",
        "ferje",
        "kollektivtransport",
        "billettering",
        "kartdata",
        "geodata",
        "skytjeneste",
        "sikkerhet",
        "personvern",
        "analyse",
        "prediksjon",
        "overvåking",
        "måling",
        "inspeksjon",
        "vedlikehold"
    };

    private static final String[] TITLE_PARTS = {
        "Innovativ løsning for", "Markedsdialog om", "Utvikling av", "Anskaffelse av", "Pilot for", "Ny teknologi for"
    };

    private static final String[] TOPICS = {
        "inspeksjon av bruer med droner", "sensorbasert overvåking av avløpsnettet", "digital tvilling av vegnettet",
        "velferdsteknologi i hjemmetjenesten", "energieffektiv drift av skolebygg", "utslippsfrie anleggsplasser",
        "prediktivt vedlikehold av tunneler", "maskinlæring i pasientforløp", "sirkulær gjenvinning av byggavfall",
        "ladepunkter for kommunale kjøretøy", "elektrisk ferjedrift på sambandet", "læringsplattform for grunnskolen"
    };

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private MatchingBenchmark() {}

    record Timing(String way, double medianMillis, double p95Millis, double minMillis, double maxMillis) {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        int supplierCount = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int opportunityCount = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String url = args.length > 3 ? args[3] : "jdbc:postgresql://127.0.0.1:5432/innomotor_bench";
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1L;
        double loadAtStart = BenchMachine.loadAverage();

        CpvCatalogue catalogue = new CpvCatalogue(null);
        List<CpvCode> all =
                catalogue.entries().stream().map(CpvEntry::code).sorted().toList();
        List<CpvCode> broad = catalogue.entries().stream()
                .filter(e -> e.level() <= 3)
                .map(CpvEntry::code)
                .sorted()
                .toList();
        List<NutsCode> counties = List.of(
                        "NO020", "NO060", "NO071", "NO074", "NO081", "NO082", "NO084", "NO085", "NO091", "NO092",
                        "NO0A1", "NO0A2", "NO0A3")
                .stream()
                .map(NutsCode::of)
                .toList();
        Random random = new Random(seed);
        List<SupplierInterest> interests = new ArrayList<>(supplierCount);
        for (int i = 0; i < supplierCount; i++) {
            interests.add(interest(random, broad, all, counties));
        }
        List<Opportunity> opportunities = new ArrayList<>();
        for (int i = 0; i < opportunityCount; i++) {
            opportunities.add(opportunity(random, catalogue, all, counties));
        }
        System.err.printf("%,d interests and %d opportunities made (seed %d)%n", supplierCount, opportunityCount, seed);

        // Warm-up, so the JIT has compiled the paths before they are timed.
        for (int round = 0; round < 3; round++) {
            for (Opportunity opportunity : opportunities.subList(0, Math.min(3, opportunities.size()))) {
                perInterest(opportunity, interests);
                readyOnce(opportunity, interests);
            }
        }
        List<Double> perInterestMillis = new ArrayList<>();
        List<Double> readyOnceMillis = new ArrayList<>();
        List<Double> sqlMillis = new ArrayList<>();
        List<Integer> matched = new ArrayList<>();
        String database;
        try (Connection connection = BenchDatabase.connect(url)) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            long loading = System.nanoTime();
            load(connection, interests);
            double loadSeconds = (System.nanoTime() - loading) / 1e9;
            System.err.printf("interests loaded into %s in %.1f s%n", database, loadSeconds);
            try (PreparedStatement query = connection.prepareStatement(SQL)) {
                for (Opportunity opportunity : opportunities.subList(0, Math.min(3, opportunities.size()))) {
                    sql(connection, query, opportunity);
                }
                for (Opportunity opportunity : opportunities) {
                    long start = System.nanoTime();
                    Set<Integer> a = perInterest(opportunity, interests);
                    perInterestMillis.add((System.nanoTime() - start) / 1e6);
                    start = System.nanoTime();
                    Set<Integer> b = readyOnce(opportunity, interests);
                    readyOnceMillis.add((System.nanoTime() - start) / 1e6);
                    start = System.nanoTime();
                    Set<Integer> c = sql(connection, query, opportunity);
                    sqlMillis.add((System.nanoTime() - start) / 1e6);
                    if (!a.equals(b) || !a.equals(c)) {
                        Set<Integer> differ = new HashSet<>(a);
                        differ.addAll(c);
                        differ.removeIf(i -> a.contains(i) && b.contains(i) && c.contains(i));
                        throw new IllegalStateException("The ways disagree for " + opportunity.cpvCodes() + " "
                                + opportunity.nutsCodes() + " " + opportunity.titles() + ": " + a.size()
                                + " per interest, " + b.size() + " made ready once, " + c.size() + " by SQL; for "
                                + differ.stream().limit(5).map(interests::get).toList());
                    }
                    matched.add(a.size());
                }
            } finally {
                try (Statement drop = connection.createStatement()) {
                    drop.execute("drop schema bench_matching cascade");
                }
            }
            List<Timing> timings = List.of(
                    timing("per interest (matcher made per interest)", perInterestMillis),
                    timing("made ready once (one matcher for all interests)", readyOnceMillis),
                    timing("SQL join on the CPV tree (PostgreSQL)", sqlMillis));
            write(results, supplierCount, opportunityCount, seed, database, loadSeconds, loadAtStart, timings, matched);
        }
    }

    private static Set<Integer> perInterest(Opportunity opportunity, List<SupplierInterest> interests) {
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < interests.size(); i++) {
            if (opportunity.interestMatcher().test(interests.get(i))) {
                found.add(i);
            }
        }
        return found;
    }

    private static Set<Integer> readyOnce(Opportunity opportunity, List<SupplierInterest> interests) {
        Predicate<SupplierInterest> fits = opportunity.interestMatcher();
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < interests.size(); i++) {
            if (fits.test(interests.get(i))) {
                found.add(i);
            }
        }
        return found;
    }

    // ---- the SQL baseline ----

    private static final String SQL = """
            select s.id from bench_matching.supplier s
            where (not s.has_cpv or exists (
                      select 1 from bench_matching.interest_cpv c join unnest(?::text[]) o(code)
                          on o.code = c.code
                      where c.supplier = s.id))
              and (not s.has_nuts or exists (
                      select 1 from bench_matching.interest_nuts n join unnest(?::text[]) o(code)
                          on o.code like n.prefix || '%'
                      where n.supplier = s.id))
              and (not s.has_keywords or exists (
                      select 1 from bench_matching.interest_keyword k
                      where k.supplier = s.id and ? like '% ' || k.words || '%'))
            """;

    private static Set<Integer> sql(Connection connection, PreparedStatement query, Opportunity opportunity)
            throws Exception {
        Array cpv = connection.createArrayOf(
                "text", opportunity.cpvScope().stream().map(CpvCode::value).toArray());
        Array nuts = connection.createArrayOf(
                "text", opportunity.nutsCodes().stream().map(NutsCode::value).toArray());
        query.setArray(1, cpv);
        query.setArray(2, nuts);
        query.setString(3, folded(opportunity));
        Set<Integer> found = new HashSet<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getInt(1));
            }
        }
        return found;
    }

    private static void load(Connection connection, List<SupplierInterest> interests) throws Exception {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop schema if exists bench_matching cascade");
            ddl.execute("create schema bench_matching");
            ddl.execute("create table bench_matching.supplier (id int primary key, has_cpv boolean not null, "
                    + "has_nuts boolean not null, has_keywords boolean not null)");
            ddl.execute("create table bench_matching.interest_cpv (supplier int not null, code text not null)");
            ddl.execute("create table bench_matching.interest_nuts (supplier int not null, prefix text not null)");
            ddl.execute("create table bench_matching.interest_keyword (supplier int not null, words text not null)");
        }
        StringBuilder suppliers = new StringBuilder();
        StringBuilder cpv = new StringBuilder();
        StringBuilder nuts = new StringBuilder();
        StringBuilder keywords = new StringBuilder();
        for (int n = 0; n < interests.size(); n++) {
            int i = n;
            SupplierInterest interest = interests.get(i);
            List<String> words = interest.keywords().stream()
                    .map(MatchingBenchmark::words)
                    .filter(w -> !w.isEmpty())
                    .toList();
            suppliers
                    .append(i)
                    .append('\t')
                    .append(!interest.cpvCodes().isEmpty())
                    .append('\t')
                    .append(!interest.nutsCodes().isEmpty())
                    .append('\t')
                    .append(!words.isEmpty())
                    .append('\n');
            interest.cpvCodes()
                    .forEach(code ->
                            cpv.append(i).append('\t').append(code.value()).append('\n'));
            interest.nutsCodes()
                    .forEach(code ->
                            nuts.append(i).append('\t').append(code.value()).append('\n'));
            words.forEach(w -> keywords.append(i).append('\t').append(w).append('\n'));
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("copy bench_matching.supplier from stdin", new java.io.StringReader(suppliers.toString()));
        copy.copyIn("copy bench_matching.interest_cpv from stdin", new java.io.StringReader(cpv.toString()));
        copy.copyIn("copy bench_matching.interest_nuts from stdin", new java.io.StringReader(nuts.toString()));
        copy.copyIn("copy bench_matching.interest_keyword from stdin", new java.io.StringReader(keywords.toString()));
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index on bench_matching.interest_cpv (supplier)");
            ddl.execute("create index on bench_matching.interest_cpv (code)");
            ddl.execute("create index on bench_matching.interest_nuts (supplier)");
            ddl.execute("create index on bench_matching.interest_keyword (supplier)");
            ddl.execute("analyze bench_matching.supplier");
            ddl.execute("analyze bench_matching.interest_cpv");
            ddl.execute("analyze bench_matching.interest_nuts");
            ddl.execute("analyze bench_matching.interest_keyword");
        }
    }

    /** The opportunity's titles and descriptions as one folded line of words, as OpportunityMatching sees them. */
    private static String folded(Opportunity opportunity) {
        StringBuilder all = new StringBuilder(" ");
        opportunity.titles().values().forEach(text -> all.append(words(text)).append(' '));
        opportunity
                .descriptions()
                .values()
                .forEach(text -> all.append(words(text)).append(' '));
        return all.toString();
    }

    private static String words(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String folded = decomposed
                .replaceAll("\\p{M}", "")
                .replace("ø", "o")
                .replace("æ", "ae")
                .replace("ß", "ss");
        return NOT_A_WORD.matcher(folded).replaceAll(" ").strip();
    }

    // ---- the data: interests and opportunities of our own making, seeded ----

    private static SupplierInterest interest(
            Random random, List<CpvCode> broad, List<CpvCode> all, List<NutsCode> counties) {
        Set<CpvCode> cpv = new LinkedHashSet<>();
        int codes = 1 + random.nextInt(4);
        for (int i = 0; i < codes; i++) {
            cpv.add(
                    random.nextInt(3) == 0
                            ? all.get(random.nextInt(all.size()))
                            : broad.get(random.nextInt(broad.size())));
        }
        Set<NutsCode> nuts = new LinkedHashSet<>();
        int regions = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < regions; i++) {
            nuts.add(counties.get(random.nextInt(counties.size())));
        }
        Set<String> keywords = new LinkedHashSet<>();
        if (random.nextInt(10) < 4) {
            int words = 1 + random.nextInt(3);
            for (int i = 0; i < words; i++) {
                keywords.add(KEYWORDS[random.nextInt(KEYWORDS.length)]);
            }
        }
        return new SupplierInterest(cpv, nuts, keywords);
    }

    private static Opportunity opportunity(
            Random random, CpvCatalogue catalogue, List<CpvCode> all, List<NutsCode> counties) {
        List<CpvCode> codes = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            codes.add(all.get(random.nextInt(all.size())));
        }
        Set<CpvCode> scope = new LinkedHashSet<>();
        codes.forEach(code -> catalogue.path(code).forEach(entry -> scope.add(entry.code())));
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String title = TITLE_PARTS[random.nextInt(TITLE_PARTS.length)] + " " + topic;
        StringBuilder description = new StringBuilder("Oppdragsgiver ønsker å komme i dialog med markedet om ")
                .append(topic)
                .append(". ");
        int sentences = 6 + random.nextInt(8);
        for (int i = 0; i < sentences; i++) {
            description
                    .append("Løsningen bør omfatte ")
                    .append(KEYWORDS[random.nextInt(KEYWORDS.length)])
                    .append(" og ")
                    .append(KEYWORDS[random.nextInt(KEYWORDS.length)])
                    .append(", med dokumentert effekt for brukerne og driften. ");
        }
        return new Opportunity(
                new OpportunityId(new UUID(random.nextLong(), random.nextLong())),
                "bench-" + random.nextInt(1_000_000),
                "01",
                NoticeKind.COMPETITION,
                "cn-standard",
                "16",
                LocalDate.of(2026, 12, 1),
                List.of(),
                Map.of("NOR", title),
                Map.of("NOR", description.toString()),
                codes,
                scope,
                List.of(counties.get(random.nextInt(counties.size()))),
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

    // ---- results ----

    private static Timing timing(String way, List<Double> millis) {
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double p95 = sorted[Math.min(n - 1, (int) Math.ceil(0.95 * n) - 1)];
        return new Timing(way, median, p95, sorted[0], sorted[n - 1]);
    }

    private static void write(
            Path results,
            int suppliers,
            int opportunities,
            long seed,
            String database,
            double loadSeconds,
            double loadAtStart,
            List<Timing> timings,
            List<Integer> matched)
            throws Exception {
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("loadAverageAtStart", loadAtStart);
        machine.put("loadAverageAtEnd", BenchMachine.loadAverage());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("benchmark", "matching");
        r.put("date", LocalDate.now().toString());
        r.put("machine", machine);
        r.put("suppliers", suppliers);
        r.put("opportunities", opportunities);
        r.put("seed", seed);
        r.put("database", database);
        r.put("sqlLoadSeconds", loadSeconds);
        r.put("timings", timings);
        int[] counts = matched.stream().mapToInt(Integer::intValue).sorted().toArray();
        r.put("matchedSuppliersMedian", counts[counts.length / 2]);
        r.put("matchedSuppliersMin", counts[0]);
        r.put("matchedSuppliersMax", counts[counts.length - 1]);
        double sqlMedian = timings.get(2).medianMillis();
        r.put("readyOnceToSqlRatio", sqlMedian / timings.get(1).medianMillis());
        r.put("perInterestToSqlRatio", sqlMedian / timings.get(0).medianMillis());
        String stamp = LocalDate.now().toString();
        StringBuilder md = new StringBuilder();
        md.append("# Matching benchmark, ").append(stamp).append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "One new opportunity against the interests of %,d suppliers (seed %d), %d opportunities, each timed "
                        + "once per way after a warm-up; every way found the same suppliers (median %d, %d–%d per "
                        + "opportunity). SQL baseline on %s (interests loaded by COPY in %.1f s, indexed and analysed "
                        + "before timing).%n%n",
                suppliers,
                seed,
                opportunities,
                counts[counts.length / 2],
                counts[0],
                counts[counts.length - 1],
                database,
                loadSeconds));
        md.append(BenchMachine.markdown(machine, loadAtStart));
        md.append("| way | median ms | p95 ms | min ms | max ms | SQL median / this median |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Timing t : timings) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
                    t.way(),
                    t.medianMillis(),
                    t.p95Millis(),
                    t.minMillis(),
                    t.maxMillis(),
                    sqlMedian / t.medianMillis()));
        }
        BenchFiles.writeResults(results, "matching-" + stamp, r, md.toString());
    }
}
