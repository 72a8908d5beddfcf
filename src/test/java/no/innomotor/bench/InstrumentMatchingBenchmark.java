package no.innomotor.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.innomotor.instruments.ApplyRoute;
import no.innomotor.instruments.Audience;
import no.innomotor.instruments.Eligibility;
import no.innomotor.instruments.InstrumentContent;
import no.innomotor.instruments.InstrumentId;
import no.innomotor.instruments.InstrumentKind;
import no.innomotor.instruments.InstrumentMatch;
import no.innomotor.instruments.InstrumentMatcher;
import no.innomotor.instruments.MatchSubject;
import no.innomotor.instruments.PublishedInstrument;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.suppliers.SizeClass;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matching one project against a catalogue of many instruments (default 2,000, ten times the national landscape of
 * about 180 schemes): every instrument's rules evaluated with a result per rule, ranked best first. Three ways, over
 * the same seeded instruments and projects, in one run:
 * <ol>
 *   <li><b>explained ranking</b> — {@code InstrumentMatcher.rank}: the rules read from each instrument's eligibility,
 *       each evaluated with its result kept for the sentences, the score, and the sort: what the project page and
 *       the API do once the catalogue is in memory;
 *   <li><b>from the stored documents</b> — the same, after reading each instrument's content from the JSON document
 *       its version row keeps, as the service does on every request (the database read itself is not timed);
 *   <li><b>plain filter (the baseline)</b> — a hand-written check of the eligibility fields, yes or no, no results
 *       kept, no score, no sort: the floor of any matching.
 * </ol>
 * Every project's fitting instruments are compared between the explained ranking and the plain filter; a difference
 * fails the run. Writes {@code bench/results/instrument-matching-<date>.json} and {@code .md}. Arguments: the results
 * folder, the number of instruments, the number of projects, the repetitions per project, and the seed.
 */
public final class InstrumentMatchingBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final List<String> REGIONS = List.of(
            "NO", "NO", "NO", "NO0A", "NO08", "NO06", "NO07", "NO020", "NO060", "NO071", "NO072", "NO073", "NO081",
            "NO083", "NO084", "NO085", "NO092", "NO093", "NO094", "NO0A1", "NO0A2", "NO0A3");
    private static final List<String> COUNTIES = List.of(
            "NO020", "NO060", "NO071", "NO072", "NO073", "NO081", "NO083", "NO084", "NO085", "NO092", "NO093", "NO094",
            "NO0A1", "NO0A2", "NO0A3");
    private static final List<String> DIVISIONS =
            List.of("09", "31", "32", "33", "34", "45", "48", "50", "71", "72", "79", "85", "90");

    private InstrumentMatchingBenchmark() {}

    record Timing(String way, double medianMillis, double p95Millis, double minMillis, double maxMillis) {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        int instrumentCount = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int projectCount = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1L;
        double loadAtStart = BenchMachine.loadAverage();

        Random random = new Random(seed);
        List<PublishedInstrument> instruments = new ArrayList<>(instrumentCount);
        for (int i = 0; i < instrumentCount; i++) {
            instruments.add(instrument(random, i));
        }
        List<String> documents = instruments.stream()
                .map(p -> JSON.writeValueAsString(p.content()))
                .toList();
        List<MatchSubject> projects = new ArrayList<>();
        for (int i = 0; i < projectCount; i++) {
            projects.add(project(random));
        }
        System.err.printf("%,d instruments and %d projects made (seed %d)%n", instrumentCount, projectCount, seed);

        for (int round = 0; round < 20; round++) {
            for (MatchSubject project : projects.subList(0, Math.min(3, projects.size()))) {
                InstrumentMatcher.rank(instruments, project);
                InstrumentMatcher.rank(fromDocuments(instruments, documents), project);
                plain(instruments, project);
            }
        }
        List<Double> explained = new ArrayList<>();
        List<Double> stored = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        List<Integer> fitting = new ArrayList<>();
        for (int repetition = 0; repetition < repetitions; repetition++) {
            for (MatchSubject project : projects) {
                long start = System.nanoTime();
                List<InstrumentMatch> ranked = InstrumentMatcher.rank(instruments, project);
                explained.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                List<InstrumentMatch> read = InstrumentMatcher.rank(fromDocuments(instruments, documents), project);
                stored.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                Set<Integer> floor = plain(instruments, project);
                baseline.add((System.nanoTime() - start) / 1e6);
                Set<Integer> fits = new HashSet<>();
                for (InstrumentMatch match : ranked) {
                    if (match.fits()) {
                        fits.add(instruments.indexOf(match.instrument()));
                    }
                }
                if (!fits.equals(floor)
                        || read.stream().filter(InstrumentMatch::fits).count() != fits.size()) {
                    throw new IllegalStateException("The ways disagree for " + project + ": " + fits.size()
                            + " explained, " + floor.size() + " by the plain filter");
                }
                if (repetition == 0) {
                    fitting.add(fits.size());
                }
            }
        }
        List<Timing> timings = List.of(
                timing("explained ranking", explained),
                timing("from the stored documents", stored),
                timing("plain filter (baseline)", baseline));
        write(results, instrumentCount, projectCount, repetitions, seed, loadAtStart, timings, fitting);
    }

    /** The catalogue as the service builds it: each latest version's content read from its JSON document. */
    private static List<PublishedInstrument> fromDocuments(List<PublishedInstrument> instruments, List<String> docs) {
        List<PublishedInstrument> read = new ArrayList<>(instruments.size());
        for (int i = 0; i < instruments.size(); i++) {
            PublishedInstrument p = instruments.get(i);
            read.add(new PublishedInstrument(
                    p.id(),
                    p.versionNumber(),
                    p.owner(),
                    p.ownerName(),
                    JSON.readValue(docs.get(i), InstrumentContent.class),
                    p.publishedAt()));
        }
        return read;
    }

    /** The floor: the eligibility's fields checked directly, yes or no, for a buyer's project. */
    private static Set<Integer> plain(List<PublishedInstrument> instruments, MatchSubject s) {
        Set<Integer> fits = new HashSet<>();
        for (int i = 0; i < instruments.size(); i++) {
            InstrumentContent c = instruments.get(i).content();
            Eligibility e = c.eligibility();
            if (c.audience() != Audience.BOTH && c.audience() != s.side()) {
                continue;
            }
            if (!e.organisationTypes().isEmpty() && !e.organisationTypes().contains(s.organisationType())) {
                continue;
            }
            if (!e.sizeClasses().isEmpty() && !e.sizeClasses().contains(s.sizeClass())) {
                continue;
            }
            if (!e.roadmapSteps().isEmpty() && !e.roadmapSteps().contains(s.roadmapStep())) {
                continue;
            }
            String region = s.regions().get(0).value();
            if (!e.regions().isEmpty() && e.regions().stream().noneMatch(region::startsWith)) {
                continue;
            }
            if (!e.sectors().isEmpty()
                    && s.cpvCodes().stream()
                            .noneMatch(code -> e.sectors().stream().anyMatch(code::startsWith))) {
                continue;
            }
            if ((e.minAmount() != null && s.amount() < e.minAmount())
                    || (e.maxAmount() != null && s.amount() > e.maxAmount())) {
                continue;
            }
            if ((e.requiresSignedMandate() && !s.signedMandate())
                    || (e.requiresPilotCustomer() && !s.pilotCustomer())) {
                continue;
            }
            fits.add(i);
        }
        return fits;
    }

    private static PublishedInstrument instrument(Random random, int number) {
        List<OrganisationType> types = random.nextInt(3) == 0
                ? List.of()
                : some(
                        random,
                        List.of(
                                OrganisationType.MUNICIPALITY,
                                OrganisationType.COUNTY,
                                OrganisationType.STATE_AGENCY,
                                OrganisationType.COMPANY));
        Long min = random.nextInt(3) == 0 ? (long) random.nextInt(10) * 500_000 : null;
        Long max = random.nextInt(3) == 0 ? 5_000_000L + random.nextInt(20) * 5_000_000L : null;
        Eligibility eligibility = new Eligibility(
                types,
                random.nextInt(4) == 0 ? some(random, List.of(SizeClass.values())) : List.of(),
                random.nextInt(4) == 0 ? some(random, DIVISIONS) : List.of(),
                random.nextInt(2) == 0 ? List.of(REGIONS.get(random.nextInt(REGIONS.size()))) : List.of(),
                random.nextInt(3) == 0 ? List.of() : some(random, List.of(1, 2, 3, 4, 5, 6, 7, 8)),
                min,
                max,
                random.nextBoolean() ? 20 + random.nextInt(81) : null,
                random.nextInt(3) == 0,
                random.nextInt(5) == 0);
        InstrumentKind kind = InstrumentKind.values()[random.nextInt(InstrumentKind.values().length)];
        Audience audience = Audience.values()[random.nextInt(Audience.values().length)];
        InstrumentContent content = new InstrumentContent(
                "Ordning " + number,
                "En ordning laget for målingen, nummer " + number + ".",
                kind,
                audience,
                eligibility,
                random.nextBoolean(),
                List.of(LocalDate.of(2027, 1 + random.nextInt(12), 1 + random.nextInt(28))),
                ApplyRoute.LINK,
                "https://www.forskningsradet.no",
                null,
                "Kontakt " + number,
                some(random, List.of(CostCategory.values())),
                true);
        return new PublishedInstrument(
                new InstrumentId(new UUID(number, number)),
                1 + random.nextInt(3),
                new OrganisationId(new UUID(0, random.nextInt(40))),
                "Aktør " + random.nextInt(40),
                content,
                Instant.parse("2026-12-01T10:00:00Z"));
    }

    private static MatchSubject project(Random random) {
        OrganisationType type = List.of(
                        OrganisationType.MUNICIPALITY, OrganisationType.COUNTY, OrganisationType.STATE_AGENCY)
                .get(random.nextInt(3));
        List<String> cpv = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            cpv.add(DIVISIONS.get(random.nextInt(DIVISIONS.size())) + "100000");
        }
        return new MatchSubject(
                Audience.BUYER,
                type,
                null,
                cpv,
                List.of(NutsCode.of(COUNTIES.get(random.nextInt(COUNTIES.size())))),
                1 + random.nextInt(8),
                500_000L + random.nextInt(100) * 500_000L,
                random.nextBoolean(),
                random.nextInt(4) == 0);
    }

    private static <T> List<T> some(Random random, List<T> values) {
        List<T> chosen = new ArrayList<>();
        for (T value : values) {
            if (random.nextInt(3) == 0) {
                chosen.add(value);
            }
        }
        return chosen.isEmpty() ? List.of(values.get(random.nextInt(values.size()))) : chosen;
    }

    private static Timing timing(String way, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Timing(
                way,
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    private static void write(
            Path results,
            int instruments,
            int projects,
            int repetitions,
            long seed,
            double loadAtStart,
            List<Timing> timings,
            List<Integer> fitting)
            throws Exception {
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("loadAverageAtStart", loadAtStart);
        machine.put("loadAverageAtEnd", BenchMachine.loadAverage());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("benchmark", "instrument-matching");
        r.put("date", LocalDate.now().toString());
        r.put("machine", machine);
        r.put("instruments", instruments);
        r.put("projects", projects);
        r.put("repetitions", repetitions);
        r.put("seed", seed);
        r.put("timings", timings);
        int[] counts = fitting.stream().mapToInt(Integer::intValue).sorted().toArray();
        r.put("fittingMedian", counts[counts.length / 2]);
        r.put("fittingMin", counts[0]);
        r.put("fittingMax", counts[counts.length - 1]);
        double floor = timings.get(2).medianMillis();
        r.put("explainedToBaselineRatio", timings.get(0).medianMillis() / floor);
        r.put("storedToBaselineRatio", timings.get(1).medianMillis() / floor);
        String stamp = LocalDate.now().toString();
        StringBuilder md = new StringBuilder();
        md.append("# Instrument matching benchmark, ").append(stamp).append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "One project against %,d instruments (seed %d): %d projects, each matched %d times per way after a "
                        + "warm-up (%d timings per way). The explained ranking and the plain filter found the same "
                        + "fitting instruments (median %d, %d–%d per project).%n%n",
                instruments,
                seed,
                projects,
                repetitions,
                projects * repetitions,
                counts[counts.length / 2],
                counts[0],
                counts[counts.length - 1]));
        md.append(BenchMachine.markdown(machine, loadAtStart));
        md.append("| way | median ms | p95 ms | min ms | max ms | this median / baseline median |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Timing t : timings) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f | %.1f |%n",
                    t.way(),
                    t.medianMillis(),
                    t.p95Millis(),
                    t.minMillis(),
                    t.maxMillis(),
                    t.medianMillis() / floor));
        }
        BenchFiles.writeResults(results, "instrument-matching-" + stamp, r, md.toString());
    }
}
