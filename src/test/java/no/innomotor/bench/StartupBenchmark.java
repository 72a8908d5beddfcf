package no.innomotor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Measures start-up and memory of the application jar as it runs by default (embedded H2 and Lucene under a fresh
 * {@code ./data}, demo data on), beside a minimal Spring Boot web application ({@code bench/minimal-app}) started the
 * same way in the same run: each jar with {@code java -jar} of the JDK running the benchmark, in a temporary folder
 * of its own, on a free port, without the caller's {@code SPRING_*}/{@code INNOMOTOR_*} variables.
 * <p>
 * Per start: the wall time from starting the process until {@code GET /} answers 200 (asked every 100 ms), the
 * resident memory ({@code VmRSS} in {@code /proc/<pid>/status}) at that moment and after a settle, and the heap and
 * metaspace the JVM reports ({@code jcmd <pid> GC.heap_info}) after the settle. The two jars take turns, in the order
 * A B, B A, A B… so load on the machine falls on both alike. Writes the rounds, the median and min–max of each figure
 * and the ratio application/minimal to {@code bench/results/startup-<date>.json} and {@code .md}. See
 * bench/README.md for the command.
 * <p>
 * Arguments: the results folder, the application jar, the minimal application's jar, the number of rounds
 * (default 3), the settle in seconds (default 5).
 */
public final class StartupBenchmark {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Pattern HEAP = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");
    private static final Pattern METASPACE = Pattern.compile("Metaspace\\s+used (\\d+)K, committed (\\d+)K");

    private StartupBenchmark() {}

    /** One start of one jar. Memory in MB; heap and metaspace null when jcmd could not tell. */
    record Start(
            String app,
            int round,
            int order,
            double loadAverageBefore,
            double firstPageSeconds,
            double rssAtFirstPageMegabytes,
            double rssAfterSettleMegabytes,
            double peakRssMegabytes,
            @Nullable Double heapUsedMegabytes,
            @Nullable Double heapCommittedMegabytes,
            @Nullable Double metaspaceUsedMegabytes,
            double dataMegabytes) {}

    /** Median, lowest and highest of one figure over the rounds. */
    record Spread(double median, double min, double max) {

        static @Nullable Spread of(List<Start> starts, ToDoubleFunction<Start> figure) {
            double[] values = starts.stream().mapToDouble(figure).sorted().toArray();
            if (values.length == 0 || Double.isNaN(values[0])) {
                return null;
            }
            int n = values.length;
            double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            return new Spread(median, values[0], values[n - 1]);
        }
    }

    /** How one application is started: its jar and the JVM options before {@code -jar}. */
    record Launch(Path jar, List<String> jvmOptions) {}

    /** An application measured beside its baseline, both started the same way. */
    record Pair(String app, String baseline, String launch) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: <results folder> <application jar> <minimal application jar> "
                    + "[rounds] [settle seconds] [extracted application jar] [extracted minimal application jar]");
        }
        Path results = Path.of(args[0]);
        Map<String, Launch> launches = new LinkedHashMap<>();
        launches.put("innomotor", new Launch(jar(args[1]), List.of()));
        launches.put("minimal", new Launch(jar(args[2]), List.of()));
        List<Pair> pairs = new ArrayList<>(List.of(new Pair("innomotor", "minimal", "java -jar")));
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Duration settle = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 5);
        if (args.length > 6 && !args[5].equals("-") && !args[6].equals("-")) {
            launches.put("innomotor-cds", cds(args[5]));
            launches.put("minimal-cds", cds(args[6]));
            pairs.add(new Pair("innomotor-cds", "minimal-cds", "extracted jar with its CDS archive"));
        }
        double loadAtStart = BenchMachine.loadAverage();

        List<Start> starts = new ArrayList<>();
        List<String> names = List.copyOf(launches.keySet());
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        for (int round = 1; round <= rounds; round++) {
            List<String> order = round % 2 == 1 ? names : reversed;
            for (int i = 0; i < order.size(); i++) {
                String app = order.get(i);
                Start start = measure(app, launches.get(app), round, i + 1, settle);
                System.out.printf(
                        Locale.ROOT,
                        "round %d, %-13s first page after %6.2f s, RSS %5.0f MB then %5.0f MB after %d s "
                                + "(load average %.1f)%n",
                        round,
                        app,
                        start.firstPageSeconds(),
                        start.rssAtFirstPageMegabytes(),
                        start.rssAfterSettleMegabytes(),
                        settle.toSeconds(),
                        start.loadAverageBefore());
                starts.add(start);
            }
        }
        write(results, launches, pairs, rounds, settle, loadAtStart, starts);
    }

    /**
     * The recommended launch of an extracted jar ({@code java -Djarmode=tools -jar app.jar extract}, done by the
     * build): {@code java -XX:SharedArchiveFile=<name>.jsa -jar <name>.jar}, the archive beside the jar.
     */
    private static Launch cds(String extractedJar) {
        Path jar = jar(extractedJar);
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path archive = jar.resolveSibling(name + ".jsa");
        if (!Files.isRegularFile(archive)) {
            throw new IllegalArgumentException("no CDS archive at " + archive + " (made by the build's package phase)");
        }
        return new Launch(jar, List.of("-XX:SharedArchiveFile=" + archive));
    }

    private static Path jar(String name) {
        Path jar = Path.of(name).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no jar at " + jar);
        }
        return jar;
    }

    private static Start measure(String app, Launch launch, int round, int order, Duration settle) throws Exception {
        Path work = Files.createTempDirectory("innomotor-startup-");
        int port = JarLauncher.freePort();
        double load = BenchMachine.loadAverage();
        long started = System.nanoTime();
        Process process = JarLauncher.start(launch.jvmOptions(), launch.jar(), work, List.of("--server.port=" + port));
        try {
            JarLauncher.awaitOk("http://localhost:" + port + "/", process, work, POLL);
            double firstPage = (System.nanoTime() - started) / 1e9;
            long pid = process.pid();
            double rssAtFirstPage = status(pid, "VmRSS");
            Thread.sleep(settle.toMillis());
            double rssAfterSettle = status(pid, "VmRSS");
            double peak = status(pid, "VmHWM");
            String heapInfo = jcmd(pid, "GC.heap_info");
            Matcher heap = HEAP.matcher(heapInfo);
            Matcher metaspace = METASPACE.matcher(heapInfo);
            boolean heapFound = heap.find();
            boolean metaspaceFound = metaspace.find();
            return new Start(
                    app,
                    round,
                    order,
                    load,
                    firstPage,
                    rssAtFirstPage,
                    rssAfterSettle,
                    peak,
                    heapFound ? Long.parseLong(heap.group(2)) / 1024.0 : null,
                    heapFound ? Long.parseLong(heap.group(1)) / 1024.0 : null,
                    metaspaceFound ? Long.parseLong(metaspace.group(1)) / 1024.0 : null,
                    BenchFiles.size(work.resolve("data")) / (1024.0 * 1024.0));
        } finally {
            JarLauncher.stop(process);
            BenchFiles.delete(work);
        }
    }

    /** A memory line of {@code /proc/<pid>/status} (such as VmRSS), in MB. */
    private static double status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                return Long.parseLong(parts[0]) / 1024.0; // kB
            }
        }
        throw new IllegalStateException("no " + field + " in /proc/" + pid + "/status (a Linux machine is needed)");
    }

    /** What {@code jcmd <pid> <command>} prints, or "" when it fails. */
    private static String jcmd(long pid, String command) {
        try {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            Long.toString(pid),
                            command)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return jcmd.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    // ---- results ----

    private record Figure(String key, String label, String unit, ToDoubleFunction<Start> value) {}

    private static final List<Figure> FIGURES = List.of(
            new Figure("firstPageSeconds", "start to first page (`GET /` 200)", "s", Start::firstPageSeconds),
            new Figure(
                    "rssAtFirstPageMegabytes",
                    "resident memory at the first page",
                    "MB",
                    Start::rssAtFirstPageMegabytes),
            new Figure(
                    "rssAfterSettleMegabytes",
                    "resident memory after the settle",
                    "MB",
                    Start::rssAfterSettleMegabytes),
            new Figure("peakRssMegabytes", "peak resident memory (VmHWM)", "MB", Start::peakRssMegabytes),
            new Figure("heapUsedMegabytes", "heap used (jcmd GC.heap_info)", "MB", s -> orNaN(s.heapUsedMegabytes())),
            new Figure(
                    "heapCommittedMegabytes",
                    "heap committed (jcmd GC.heap_info)",
                    "MB",
                    s -> orNaN(s.heapCommittedMegabytes())),
            new Figure(
                    "metaspaceUsedMegabytes",
                    "metaspace used (jcmd GC.heap_info)",
                    "MB",
                    s -> orNaN(s.metaspaceUsedMegabytes())));

    private static double orNaN(@Nullable Double value) {
        return value == null ? Double.NaN : value;
    }

    private static void write(
            Path results,
            Map<String, Launch> launches,
            List<Pair> pairs,
            int rounds,
            Duration settle,
            double loadAtStart,
            List<Start> starts)
            throws IOException {
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("loadAverageAtStart", loadAtStart);
        machine.put("loadAverageAtEnd", BenchMachine.loadAverage());

        Map<String, Map<String, Spread>> summary = new LinkedHashMap<>();
        for (String app : launches.keySet()) {
            List<Start> own = starts.stream().filter(s -> s.app().equals(app)).toList();
            Map<String, Spread> figures = new LinkedHashMap<>();
            for (Figure figure : FIGURES) {
                Spread spread = Spread.of(own, figure.value());
                if (spread != null) {
                    figures.put(figure.key(), spread);
                }
            }
            summary.put(app, figures);
        }
        Map<Pair, Map<String, Double>> ratios = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            Map<String, Double> own = new LinkedHashMap<>();
            for (Figure figure : FIGURES) {
                Spread app = summary.get(pair.app()).get(figure.key());
                Spread minimal = summary.get(pair.baseline()).get(figure.key());
                if (app != null && minimal != null && minimal.median() > 0) {
                    own.put(figure.key(), app.median() / minimal.median());
                }
            }
            ratios.put(pair, own);
        }

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("benchmark", "startup");
        r.put("date", Instant.now().toString());
        r.put("machine", machine);
        r.put(
                "method",
                "each jar started with java -jar (the benchmark's JDK, no JVM options; the -cds launches: the "
                        + "extracted jar with -XX:SharedArchiveFile=<its .jsa>, made by the build) in a fresh "
                        + "temporary folder on a free port, default configuration (Innomotor: embedded H2 and Lucene under ./data, demo "
                        + "data on), none of the caller's SPRING_*/INNOMOTOR_* variables; firstPageSeconds: from "
                        + "starting the process until GET / answered 200, asked every "
                        + POLL.toMillis() + " ms; resident memory: VmRSS of /proc/<pid>/status at the first page "
                        + "and after the settle, VmHWM after the settle; heap and metaspace: jcmd GC.heap_info after "
                        + "the settle; the jars take turns (A B, B A, …); summary: median, min and max over the rounds; "
                        + "ratios: median of innomotor / median of minimal, each launch against the minimal "
                        + "application started the same way");
        r.put("rounds", rounds);
        r.put("settleSeconds", settle.toSeconds());
        Map<String, String> jarNames = new LinkedHashMap<>();
        launches.forEach((app, launch) -> jarNames.put(app, launch.jar().toString()));
        r.put("jars", jarNames);
        Map<String, List<String>> jvmOptions = new LinkedHashMap<>();
        launches.forEach((app, launch) -> jvmOptions.put(app, launch.jvmOptions()));
        r.put("jvmOptions", jvmOptions);
        r.put("summary", summary);
        r.put("ratiosInnomotorToMinimal", ratios.get(pairs.get(0)));
        if (pairs.size() > 1) {
            r.put("ratiosInnomotorToMinimalCds", ratios.get(pairs.get(1)));
        }
        r.put("starts", starts);

        Files.createDirectories(results);
        String stamp = LocalDate.now().toString();
        BenchFiles.writeResults(
                results,
                "startup-" + stamp,
                r,
                toMarkdown(r, machine, launches, pairs, rounds, settle, summary, ratios, starts));
    }

    private static String toMarkdown(
            Map<String, Object> r,
            Map<String, Object> machine,
            Map<String, Launch> launches,
            List<Pair> pairs,
            int rounds,
            Duration settle,
            Map<String, Map<String, Spread>> summary,
            Map<Pair, Map<String, Double>> ratios,
            List<Start> starts) {
        StringBuilder md = new StringBuilder();
        md.append("# Start-up and memory benchmark, ").append(r.get("date")).append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Machine: %s cores, %s GB memory, %s, %s; load average %.1f at the start, %.1f at the end (over "
                        + "the last minute, everything on the machine).%n%n",
                machine.get("cores"),
                machine.get("memoryGigabytes"),
                machine.get("java"),
                machine.get("os"),
                (Double) machine.get("loadAverageAtStart"),
                (Double) machine.get("loadAverageAtEnd")));
        md.append("**innomotor**: `")
                .append(launches.get("innomotor").jar())
                .append("` as it runs by default (embedded H2 and Lucene under a fresh `./data`, demo data on). ");
        md.append("**minimal**: `")
                .append(launches.get("minimal").jar())
                .append("`, a Spring Boot web application with one `@GetMapping(\"/\")` (`bench/minimal-app`). ");
        if (pairs.size() > 1) {
            md.append("**innomotor-cds** and **minimal-cds**: the same applications in the recommended launch the "
                    + "builds prepare, the jar extracted (`java -Djarmode=tools -jar … extract`) and started with "
                    + "the class-data sharing archive a training run wrote (`java -XX:SharedArchiveFile=…jsa -jar "
                    + "…`): `");
            md.append(launches.get("innomotor-cds").jar()).append("` and `");
            md.append(launches.get("minimal-cds").jar()).append("`. ");
        }
        md.append(String.format(
                Locale.ROOT,
                "Each started %d times with `java -jar` (same JDK, no other JVM options) in a fresh temporary folder, "
                        + "taking turns (A B, B A, …). First page: from starting the process until `GET /` answered "
                        + "200, asked every %d ms. Resident memory: `VmRSS` of `/proc/<pid>/status`, at the first page "
                        + "and %d s later; heap and metaspace as `jcmd <pid> GC.heap_info` reports them %d s after "
                        + "the first page. Median (min–max) over the rounds; the ratio is of the medians.%n%n",
                rounds,
                POLL.toMillis(),
                settle.toSeconds(),
                settle.toSeconds()));
        for (Pair pair : pairs) {
            md.append("Launch: ").append(pair.launch()).append(".\n\n");
            md.append("| measure | ")
                    .append(pair.app())
                    .append(" | ")
                    .append(pair.baseline())
                    .append(" | ")
                    .append(pair.app())
                    .append(" / ")
                    .append(pair.baseline())
                    .append(" |\n|---|---:|---:|---:|\n");
            for (Figure figure : FIGURES) {
                Spread app = summary.get(pair.app()).get(figure.key());
                Spread minimal = summary.get(pair.baseline()).get(figure.key());
                if (app == null || minimal == null) {
                    continue;
                }
                boolean headline =
                        figure.key().equals("firstPageSeconds") || figure.key().equals("rssAfterSettleMegabytes");
                String ratio =
                        String.format(Locale.ROOT, "%.1f ×", ratios.get(pair).get(figure.key()));
                md.append("| ")
                        .append(figure.label())
                        .append(" | ")
                        .append(spread(app, figure.unit()))
                        .append(" | ")
                        .append(spread(minimal, figure.unit()))
                        .append(" | ")
                        .append(headline ? "**" + ratio + "**" : ratio)
                        .append(" |\n");
            }
            md.append("\n");
        }
        md.append("Every start, in the order they ran:\n\n");
        md.append("| round | app | load average before | first page | RSS at first page | RSS after settle "
                + "| peak RSS | heap used / committed | metaspace used | ./data afterwards |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Start s : starts) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %.1f | %.2f s | %.0f MB | %.0f MB | %.0f MB | %s | %s | %.1f MB |%n",
                    s.round(),
                    s.app(),
                    s.loadAverageBefore(),
                    s.firstPageSeconds(),
                    s.rssAtFirstPageMegabytes(),
                    s.rssAfterSettleMegabytes(),
                    s.peakRssMegabytes(),
                    s.heapUsedMegabytes() == null
                            ? "–"
                            : String.format(
                                    Locale.ROOT,
                                    "%.0f / %.0f MB",
                                    s.heapUsedMegabytes(),
                                    orNaN(s.heapCommittedMegabytes())),
                    s.metaspaceUsedMegabytes() == null
                            ? "–"
                            : String.format(Locale.ROOT, "%.0f MB", s.metaspaceUsedMegabytes()),
                    s.dataMegabytes()));
        }
        return md.toString();
    }

    private static String spread(Spread s, String unit) {
        String format = unit.equals("s") ? "%.2f" : "%.0f";
        return String.format(
                Locale.ROOT, format + " %s (" + format + "–" + format + ")", s.median(), unit, s.min(), s.max());
    }
}
