package no.innomotor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full OCDS release package of a generated national dataset (default ×1), walked as a client would: the first
 * page of {@code /api/v1/open/ocds/release-package?size=1000}, then every {@code links.next} until the last page,
 * over HTTP against the packaged application. Reports the time of a whole walk (one warm-up walk, then the median
 * and fastest of the measured ones), the bytes, pages, releases and projects, on the embedded H2 file database and
 * on PostgreSQL. Writes {@code bench/results/ocds-x<scale>-<date>.json} and {@code .md}. Arguments: the results folder, the
 * application jar, the scale, the seed, the JDBC URL of the PostgreSQL database (recreated; "-" skips PostgreSQL),
 * the number of measured walks.
 */
public final class OcdsBenchmark {

    static final int PAGE_SIZE = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OcdsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(arg(args, 0, "bench/results"));
        Path jar = Path.of(arg(args, 1, "target/innomotor-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        String scale = arg(args, 2, "1");
        String seed = arg(args, 3, "1");
        String pg = arg(args, 4, "jdbc:postgresql://127.0.0.1:5432/innomotor_bench_ocds");
        int walks = Integer.parseInt(arg(args, 5, "3"));
        double loadAtStart = BenchMachine.loadAverage();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("benchmark", "ocds-release-package");
        figures.put("date", LocalDate.now().toString());
        figures.put("scale", scale);
        figures.put("seed", seed);
        figures.put("pageSize", PAGE_SIZE);
        List<Map<String, Object>> databases = new ArrayList<>();
        databases.add(run("H2", jar, scale, seed, Map.of(), walks));
        if (!pg.equals("-")) {
            BenchDatabase.recreate(pg);
            databases.add(run(
                    "PostgreSQL",
                    jar,
                    scale,
                    seed,
                    Map.of(
                            "SPRING_DATASOURCE_URL", pg,
                            "SPRING_DATASOURCE_USERNAME", System.getProperty("bench.pg.user", "postgres"),
                            "SPRING_DATASOURCE_PASSWORD", BenchDatabase.password()),
                    walks));
        }
        figures.put("databases", databases);
        Map<String, Object> machine = new LinkedHashMap<>(BenchMachine.describe());
        machine.put("loadAverageAtEnd", BenchMachine.loadAverage());
        figures.put("machine", machine);
        BenchFiles.writeResults(
                results, "ocds-x" + scale + "-" + LocalDate.now(), figures, markdown(figures, databases, loadAtStart));
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index && !args[index].startsWith("${") ? args[index] : fallback;
    }

    /** Generates the dataset into a fresh folder (and database), starts the application on it and walks. */
    private static Map<String, Object> run(
            String database, Path jar, String scale, String seed, Map<String, String> environment, int walks)
            throws Exception {
        Path work = Path.of("target", "bench-data", "ocds-" + database.toLowerCase(Locale.ROOT))
                .toAbsolutePath();
        BenchFiles.delete(work);
        Files.createDirectories(work);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("database", database);
        long started = System.nanoTime();
        Process generator = JarLauncher.start(
                jar, work, List.of("data", "generate", "--scale", scale, "--seed", seed), environment);
        if (!generator.waitFor(2, TimeUnit.HOURS) || generator.exitValue() != 0) {
            generator.destroyForcibly();
            throw new IllegalStateException("data generate failed: " + JarLauncher.tail(work.resolve(JarLauncher.LOG)));
        }
        r.put("generateSeconds", (System.nanoTime() - started) / 1e9);
        Files.move(work.resolve(JarLauncher.LOG), work.resolve("generate.log"));

        int port = JarLauncher.freePort();
        Map<String, String> serving = new HashMap<>(environment);
        serving.put("INNOMOTOR_DEMO_ENABLED", "false");
        Process app = JarLauncher.start(jar, work, List.of("--server.port=" + port), serving);
        String base = "http://127.0.0.1:" + port;
        try {
            JarLauncher.awaitOk(base + "/open-data", app, work, Duration.ofMillis(500));
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            Walk warmUp = walk(http, base);
            r.put("warmUpSeconds", warmUp.seconds());
            List<Double> seconds = new ArrayList<>();
            Walk last = warmUp;
            for (int i = 0; i < walks; i++) {
                last = walk(http, base);
                seconds.add(last.seconds());
            }
            List<Double> sorted = seconds.stream().sorted().toList();
            r.put("walkSeconds", seconds);
            r.put("medianSeconds", sorted.get((sorted.size() - 1) / 2));
            r.put("fastestSeconds", sorted.get(0));
            r.put("bytes", last.bytes());
            r.put("pages", last.pages());
            r.put("releases", last.releases());
            r.put("openProjects", last.projects());
            r.put("slowestPageSeconds", last.slowestPage());
            JsonNode statistics = JSON.readTree(get(http, base + "/api/v1/open/statistics"));
            r.put("openProjectsByStatistics", statistics.path("projects").asLong());
        } finally {
            JarLauncher.stop(app);
        }
        return r;
    }

    record Walk(double seconds, long bytes, int pages, long releases, long projects, double slowestPage) {}

    /** Every page from the first, following links.next as a client would. */
    private static Walk walk(HttpClient http, String base) throws Exception {
        String next = base + "/api/v1/open/ocds/release-package?size=" + PAGE_SIZE;
        long bytes = 0;
        int pages = 0;
        long releases = 0;
        long projects = 0;
        double slowest = 0;
        long started = System.nanoTime();
        while (next != null) {
            long pageStarted = System.nanoTime();
            byte[] body = getBytes(http, next);
            slowest = Math.max(slowest, (System.nanoTime() - pageStarted) / 1e9);
            bytes += body.length;
            pages++;
            JsonNode page = JSON.readTree(body);
            for (JsonNode release : page.path("releases")) {
                releases++;
                if (release.path("tag").get(0).asString().equals("planning")) {
                    projects++;
                }
            }
            JsonNode link = page.path("links").path("next");
            next = link.isMissingNode() ? null : link.asString();
        }
        return new Walk((System.nanoTime() - started) / 1e9, bytes, pages, releases, projects, slowest);
    }

    private static byte[] getBytes(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofMinutes(5))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String get(HttpClient http, String url) throws Exception {
        return new String(getBytes(http, url), java.nio.charset.StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static String markdown(Map<String, Object> figures, List<Map<String, Object>> databases, double load) {
        StringBuilder md = new StringBuilder();
        md.append("# OCDS release package, whole dataset — ")
                .append(figures.get("date"))
                .append("\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "Generated national dataset ×%s (seed %s), walked over HTTP against the packaged application "
                                + "as a client would: `/api/v1/open/ocds/release-package?size=%d`, then every "
                                + "`links.next`. One warm-up walk, then the measured ones.%n%n",
                        figures.get("scale"),
                        figures.get("seed"),
                        PAGE_SIZE))
                .append(
                        "| database | open projects | releases | pages | bytes | walk, median | fastest | slowest page |"
                                + " generated in |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> r : databases) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %d | %,d (%.1f MB) | %.2f s | %.2f s | %.2f s | %.0f s |%n",
                    r.get("database"),
                    (Long) r.get("openProjects"),
                    (Long) r.get("releases"),
                    (Integer) r.get("pages"),
                    (Long) r.get("bytes"),
                    ((Long) r.get("bytes")) / 1e6,
                    (Double) r.get("medianSeconds"),
                    (Double) r.get("fastestSeconds"),
                    (Double) r.get("slowestPageSeconds"),
                    (Double) r.get("generateSeconds")));
        }
        md.append("\n").append(BenchMachine.markdown((Map<String, Object>) figures.get("machine"), load));
        return md.toString();
    }
}
