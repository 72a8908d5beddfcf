package no.innomotor.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Pages under load: Gatling ({@link PageSimulation}) on loopback, N concurrent users (default 50) asking for one page
 * at a time, against the application jar started with {@link JarLauncher} in a temporary folder (a fresh
 * {@code ./data}). For scale 0 the application's demo data is the data and the demo buyer signs in; for a scale
 * above 0 the jar's own {@code data generate --scale F --seed S} fills the fresh folder first, and the generated
 * buyer who sees the most projects signs in (read from the generated database once the generator has exited).
 * <p>
 * Measured one after the other, each with its own warm-up: the framework floor (a static file and the
 * {@code /about} page, neither reading the database), {@code /about} signed in, the front page (anonymous and as the
 * buyer), {@code /opportunities} without and with filters, and as the buyer {@code /projects}, the first project on
 * it and the first step page that project page links to. Per page: throughput, p50, p75, p95, p99, the slowest answer, errors, the load
 * average before and after, and the throughput as a share of the {@code /about} floor. Writes
 * {@code bench/results/pages-under-load-x<scale>-<date>.json} and {@code .md}. See bench/README.md for the command.
 * <p>
 * Arguments: the results folder, the application jar, the scale (0 = demo data), the number of users (50), the
 * seconds of warm-up (15) and of measuring (30) per page, and optionally an earlier build's jar to measure in the
 * same run ({@code -} for none): both run at once, each in its own folder, and take turns on every page.
 */
public final class PagesUnderLoadBenchmark {

    static final String DEMO_BUYER = "kari.innkjoper@baerum.kommune.no";
    static final String PASSWORD = "innomotor-demo";
    static final long SEED = 20261203L;

    /**
     * Gatling's simulation and the name of its measured requests, named rather than referred to: the simulation
     * compiles only in the bench profile, where Gatling is on the class path.
     */
    static final String SIMULATION = "no.innomotor.bench.PageSimulation";

    static final String MEASURED = "page";

    /** The floor the pages are compared with: the target is at least half its throughput. */
    static final String FLOOR = "floor-about";

    private static final Pattern PROJECT_LINK = Pattern.compile("href=\"(/projects/[0-9a-f-]{36})\"");
    private static final Pattern STEP_LINK = Pattern.compile("href=\"(/projects/[0-9a-f-]{36}/steps/\\d)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"(_csrf)\" value=\"([^\"]+)\"");

    private PagesUnderLoadBenchmark() {}

    /** A page to measure; {@code signedIn} pages are asked for by users signed in as the buyer. */
    record Target(String name, String kind, String path, boolean signedIn, String why) {}

    /** One page's figures; times in milliseconds, throughput in requests per second of the measured period. */
    record Result(
            String build,
            String name,
            String kind,
            String path,
            boolean signedIn,
            long requests,
            long errors,
            double throughput,
            double meanMillis,
            double p50Millis,
            double p75Millis,
            double p95Millis,
            double p99Millis,
            double maxMillis,
            double loadAverageBefore,
            double loadAverageAfter,
            @Nullable Double shareOfFloor,
            @Nullable Boolean meetsTarget) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: <results folder> <application jar> [scale] [users] "
                    + "[warm-up seconds] [measured seconds] [earlier jar or -]");
        }
        Path results = Path.of(args[0]);
        Map<String, Path> jars = new LinkedHashMap<>();
        if (args.length > 6 && !args[6].equals("-")) {
            jars.put("before", jar(args[6]));
        }
        jars.put(jars.isEmpty() ? "this build" : "after", jar(args[1]));
        double scale = args.length > 2 ? Double.parseDouble(args[2]) : 0;
        int users = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        int duration = args.length > 5 ? Integer.parseInt(args[5]) : 30;

        double loadAtStart = BenchMachine.loadAverage();
        List<Result> all = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        all.addAll(measure(jars, scale, users, warmUp, duration, data));
        write(results, jars, scale, users, warmUp, duration, loadAtStart, data, all);
    }

    private static Path jar(String name) {
        Path jar = Path.of(name).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no jar at " + jar);
        }
        return jar;
    }

    /** A build's application, started and ready, with the pages found for its buyer. */
    private record Running(String build, Process app, Path work, String base, String buyer, List<Target> targets) {}

    /**
     * Starts each build in a folder of its own (generating its data first for a scale above 0) and then measures
     * page by page, the builds taking turns on each page, so load from other work on the machine falls on both
     * alike; the one not measured idles meanwhile.
     */
    private static List<Result> measure(
            Map<String, Path> jars, double scale, int users, int warmUp, int duration, Map<String, Object> data)
            throws Exception {
        List<Running> running = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> build : jars.entrySet()) {
                running.add(start(build.getKey(), build.getValue(), scale, data));
            }
            List<Result> results = new ArrayList<>();
            Map<String, Double> floors = new LinkedHashMap<>();
            int pages = running.get(0).targets().size();
            for (int i = 0; i < pages; i++) {
                for (Running build : running) {
                    Target target = build.targets().get(i);
                    Result result = run(
                            build.build(),
                            target,
                            build.base(),
                            build.buyer(),
                            users,
                            warmUp,
                            duration,
                            build.work(),
                            floors.get(build.build()));
                    if (target.name().equals(FLOOR)) {
                        floors.put(build.build(), result.throughput());
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "%s %-24s %7.1f req/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  errors %d  (load %.1f)%n",
                            build.build(),
                            target.name(),
                            result.throughput(),
                            result.p50Millis(),
                            result.p95Millis(),
                            result.p99Millis(),
                            result.errors(),
                            result.loadAverageAfter());
                    results.add(result);
                }
            }
            return results;
        } finally {
            for (Running build : running) {
                JarLauncher.stop(build.app());
                // -Dbench.keep=true keeps the folder (application log, Gatling's logs and reports) to look into.
                if (Boolean.getBoolean("bench.keep")) {
                    System.out.println("Kept " + build.work());
                } else {
                    BenchFiles.delete(build.work());
                }
            }
        }
    }

    private static Running start(String build, Path jar, double scale, Map<String, Object> data) throws Exception {
        Path work = Files.createTempDirectory("innomotor-load-");
        String buyer = DEMO_BUYER;
        Map<String, Object> facts = new LinkedHashMap<>();
        if (scale > 0) {
            long started = System.nanoTime();
            generate(jar, work, scale);
            facts.put("generateSeconds", (System.nanoTime() - started) / 1e9);
            buyer = busiestBuyer(work);
        }
        int port = JarLauncher.freePort();
        String base = "http://localhost:" + port;
        Process app = JarLauncher.start(jar, work, List.of("--server.port=" + port));
        try {
            // Ready only once the start-up runners (the demo data among them) are done.
            JarLauncher.awaitOk(base + "/actuator/health/readiness", app, work, Duration.ofMillis(500));
            Browser signedIn = signIn(base, buyer);
            String projectList = signedIn.get(base + "/projects");
            String project = first(PROJECT_LINK, projectList)
                    .orElseThrow(() -> new IllegalStateException("the buyer's /projects lists no project: "
                            + JarLauncher.tail(work.resolve(JarLauncher.LOG))));
            String step = first(STEP_LINK, signedIn.get(base + project)).orElse(project + "/steps/1");
            facts.put("buyer", buyer);
            facts.put("project", project);
            facts.put("step", step);
            facts.put("dataMegabytesAtStart", sizeMegabytes(work.resolve("data")));
            data.put(build, facts);
            return new Running(build, app, work, base, buyer, targets(project, step));
        } catch (Exception | Error e) {
            JarLauncher.stop(app);
            BenchFiles.delete(work);
            throw e;
        }
    }

    private static List<Target> targets(String project, String step) {
        return List.of(
                new Target(
                        "floor-static",
                        "floor",
                        "/js/app.js",
                        false,
                        "a static file through the same filter chain (security, CSP, gzip), no template"),
                new Target(
                        FLOOR,
                        "floor",
                        "/about",
                        false,
                        "a page through the same chain, controller and layout template, no database: the floor"),
                new Target(
                        "about-signed-in",
                        "reference",
                        "/about",
                        true,
                        "the same page for a signed-in buyer: session, memberships and the header's inbox count"),
                new Target("front-page", "page", "/", false, "the front page, anonymous"),
                new Target("front-page-buyer", "page", "/", true, "the front page of the buyer: what needs you now"),
                new Target("opportunities", "page", "/opportunities", false, "the opportunity list, first page"),
                new Target(
                        "opportunities-filtered",
                        "page",
                        "/opportunities?region=NO&deadline=OPEN&q=anskaffelse",
                        false,
                        "the opportunity list with text, region and open-deadline filters"),
                new Target("projects", "page", "/projects", true, "the buyer's project list, first page"),
                new Target("project", "page", project, true, "the first project on the buyer's list"),
                new Target("step", "page", step, true, "the first step page the project page links to"));
    }

    /** Runs {@code java -jar <jar> data generate --scale F --seed S} in the folder and waits for it. */
    private static void generate(Path jar, Path work, double scale) throws Exception {
        Process generator = JarLauncher.start(
                jar,
                work,
                List.of(
                        "data",
                        "generate",
                        "--scale",
                        scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale),
                        "--seed",
                        Long.toString(SEED)));
        if (!generator.waitFor(2, TimeUnit.HOURS) || generator.exitValue() != 0) {
            generator.destroyForcibly();
            throw new IllegalStateException("data generate failed: " + JarLauncher.tail(work.resolve(JarLauncher.LOG)));
        }
        Files.move(work.resolve(JarLauncher.LOG), work.resolve("generate.log"));
    }

    /** The generated buyer who sees the most projects: a buyer of the organisation with the most projects. */
    private static String busiestBuyer(Path work) throws Exception {
        try (Connection db = DriverManager.getConnection(h2Url(work), "sa", "");
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select p.email, count(distinct pr.id) as projects"
                        + " from person p join membership_role m on m.person_id = p.id"
                        + " join project pr on pr.organisation_id = m.organisation_id"
                        + " where m.role = 'BUYER' and m.status = 'ACTIVE' and p.enabled"
                        + " group by p.email order by projects desc, p.email limit 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("the generated data holds no buyer with projects");
            }
            return rows.getString(1);
        }
    }

    private static String h2Url(Path work) {
        return "jdbc:h2:file:" + work.resolve("data/innomotor")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE";
    }

    private static double sizeMegabytes(Path path) {
        try {
            return BenchFiles.size(path) / (1024.0 * 1024.0);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** A browser of its own for finding the pages: keeps the cookies it is given, follows no redirect. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(c -> c.getKey() + "=" + c.getValue())
                                        .toList()));
            }
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(
                        pair.substring(0, equals).trim(),
                        pair.substring(equals + 1).trim());
            }
            return response;
        }

        String get(String url) throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        }
    }

    private static Browser signIn(String base, String email) throws Exception {
        Browser browser = new Browser();
        Matcher csrf = CSRF.matcher(browser.get(base + "/login"));
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF field on the login page");
        }
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&" + csrf.group(1) + "="
                + URLEncoder.encode(csrf.group(2), StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException(email + " could not sign in: " + response.statusCode() + " " + location);
        }
        return browser;
    }

    private static Optional<String> first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Result run(
            String build,
            Target target,
            String base,
            String buyer,
            int users,
            int warmUp,
            int duration,
            Path work,
            @Nullable Double floor)
            throws Exception {
        Path reports = work.resolve("gatling");
        Files.createDirectories(reports);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("innomotor.load.base", base);
        properties.put("innomotor.load.path", target.path());
        properties.put("innomotor.load.name", target.name());
        properties.put("innomotor.load.email", target.signedIn() ? buyer : "");
        properties.put("innomotor.load.password", PASSWORD);
        properties.put("innomotor.load.users", Integer.toString(users));
        properties.put("innomotor.load.warmup", Integer.toString(warmUp));
        properties.put("innomotor.load.duration", Integer.toString(duration));
        // Gatling's defaults would ask a host on the internet to warm up its HTTP client and send usage data.
        properties.put("gatling.http.warmUpUrl", "");
        properties.put("gatling.data.enableAnalytics", "false");
        properties.put("gatling.data.console.light", "true");
        double loadBefore = BenchMachine.loadAverage();
        List<Path> earlier = runFolders(reports);
        int status = gatling(work, target.name(), reports, properties);
        double loadAfter = BenchMachine.loadAverage();
        Path run = runFolders(reports).stream()
                .filter(folder -> !earlier.contains(folder))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Gatling wrote no report (status " + status + ")"));
        JsonObject stats = requestStats(run.resolve("js/stats.js"), MEASURED);
        long requests = number(stats, "numberOfRequests", "total").longValue();
        long errors = number(stats, "numberOfRequests", "ko").longValue();
        double throughput = requests / (double) duration;
        Double share = floor == null || target.kind().equals("floor") ? null : throughput / floor;
        double p95 = number(stats, "percentiles3", "total").doubleValue();
        Boolean meets =
                share == null || !target.kind().equals("page") ? null : share >= 0.5 && p95 <= 100 && errors == 0;
        return new Result(
                build,
                target.name(),
                target.kind(),
                target.path(),
                target.signedIn(),
                requests,
                errors,
                throughput,
                number(stats, "meanResponseTime", "total").doubleValue(),
                number(stats, "percentiles1", "total").doubleValue(),
                number(stats, "percentiles2", "total").doubleValue(),
                p95,
                number(stats, "percentiles4", "total").doubleValue(),
                number(stats, "maxResponseTime", "total").doubleValue(),
                loadBefore,
                loadAfter,
                share,
                meets);
    }

    /**
     * Runs Gatling in a JVM of its own (it needs {@code java.lang} opened to it, which Maven's JVM does not do), on
     * the class path this benchmark runs with, its output in {@code gatling-<page>.log} in the work folder.
     */
    private static int gatling(Path work, String name, Path reports, Map<String, String> properties) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.lang=ALL-UNNAMED"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of(
                "-cp",
                classPath(),
                "io.gatling.app.Gatling",
                "--simulation",
                SIMULATION,
                "--results-folder",
                reports.toString(),
                "--run-description",
                name,
                "--launcher",
                "innomotor-bench"));
        Path log = work.resolve("gatling-" + name + ".log");
        Process gatling = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int status = gatling.waitFor();
        if (status != 0) {
            System.out.println(JarLauncher.tail(log));
        }
        return status;
    }

    /** The class path of this benchmark: exec:java's class loader, or the JVM's own when run directly. */
    private static String classPath() {
        ClassLoader loader = PagesUnderLoadBenchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static List<Path> runFolders(Path reports) throws IOException {
        try (Stream<Path> folders = Files.list(reports)) {
            return folders.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    /**
     * The statistics of the named request in Gatling's report data ({@code js/stats.js}: a script assigning one
     * object literal, read with Gson's lenient reader, which takes its unquoted names).
     */
    private static JsonObject requestStats(Path statsJs, String request) throws IOException {
        String script = Files.readString(statsJs);
        int start = script.indexOf('{', script.indexOf("var stats"));
        JsonReader reader = new JsonReader(new StringReader(script.substring(start)));
        reader.setStrictness(Strictness.LENIENT);
        JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
        JsonObject contents = root.getAsJsonObject("contents");
        for (Map.Entry<String, JsonElement> entry : contents.entrySet()) {
            JsonObject node = entry.getValue().getAsJsonObject();
            if (request.equals(node.get("name").getAsString())) {
                return node.getAsJsonObject("stats");
            }
        }
        throw new IllegalStateException("no request named " + request + " in " + statsJs);
    }

    private static Number number(JsonObject stats, String figure, String which) {
        JsonElement value = stats.getAsJsonObject(figure).get(which);
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                ? value.getAsNumber()
                : Double.valueOf(value.getAsString());
    }

    // ---- results ----

    private static void write(
            Path results,
            Map<String, Path> jars,
            double scale,
            int users,
            int warmUp,
            int duration,
            double loadAtStart,
            Map<String, Object> data,
            List<Result> all)
            throws IOException {
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("loadAverageAtStart", loadAtStart);
        machine.put("loadAverageAtEnd", BenchMachine.loadAverage());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("benchmark", "pages-under-load");
        r.put("date", Instant.now().toString());
        r.put("machine", machine);
        r.put("scale", scale);
        r.put("dataset", scale > 0 ? "data generate --scale " + scale + " --seed " + SEED : "demo data");
        r.put("users", users);
        r.put("warmUpSeconds", warmUp);
        r.put("measuredSeconds", duration);
        r.put(
                "method",
                "Gatling 3.13.5 on loopback in a JVM of its own beside the application on the same machine; the application jar with java -jar "
                        + "(no JVM options) in a fresh temporary folder (embedded H2 and Lucene under ./data); per page "
                        + users + " virtual users at once, each with its own connection, asking again as soon as an "
                        + "answer arrives (closed loop); signed-in users sign in through the login form first, each its own "
                        + "session; all wait for each other, then " + warmUp + " s of warm-up (not counted) and "
                        + duration + " s measured; redirects not followed; an error is any answer but 200; "
                        + "throughput = measured requests / measured seconds; percentiles of all measured requests; "
                        + "target (pages): throughput >= 50% of " + FLOOR + ", p95 <= 100 ms, 0 errors");
        Map<String, String> jarNames = new LinkedHashMap<>();
        jars.forEach((build, jar) -> jarNames.put(build, jar.toString()));
        r.put("jars", jarNames);
        r.put("data", data);
        r.put("results", all);

        Files.createDirectories(results);
        String name = "pages-under-load-x" + (scale == Math.rint(scale) ? Long.toString((long) scale) : scale) + "-"
                + LocalDate.now();
        BenchFiles.writeResults(results, name, r, toMarkdown(r, machine, jars, data, all));
    }

    private static String toMarkdown(
            Map<String, Object> r,
            Map<String, Object> machine,
            Map<String, Path> jars,
            Map<String, Object> data,
            List<Result> all) {
        StringBuilder md = new StringBuilder();
        md.append("# Pages under load, ")
                .append(r.get("dataset"))
                .append(", ")
                .append(r.get("date"))
                .append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Machine: %s cores, %s GB memory, %s, %s; load average %.1f at the start, %.1f at the end (over "
                        + "the last minute, everything on the machine, the load driver included).%n%n",
                machine.get("cores"),
                machine.get("memoryGigabytes"),
                machine.get("java"),
                machine.get("os"),
                (Double) machine.get("loadAverageAtStart"),
                (Double) machine.get("loadAverageAtEnd")));
        md.append("Method: ").append(r.get("method")).append(".\n\n");
        jars.forEach((build, jar) -> md.append("- **")
                .append(build)
                .append("**: `")
                .append(jar)
                .append("`, ")
                .append(data.get(build))
                .append("\n"));
        md.append("\n| build | page | path | signed in | req/s | share of floor | p50 | p95 | p99 | max | errors "
                + "| requests | load before → after | target |\n");
        md.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Result x : all) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | `%s` | %s | %.1f | %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d | %d | %.1f → %.1f "
                            + "| %s |%n",
                    x.build(),
                    x.name(),
                    x.path().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"),
                    x.signedIn() ? "buyer" : "–",
                    x.throughput(),
                    x.shareOfFloor() == null ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * x.shareOfFloor()),
                    x.p50Millis(),
                    x.p95Millis(),
                    x.p99Millis(),
                    x.maxMillis(),
                    x.errors(),
                    x.requests(),
                    x.loadAverageBefore(),
                    x.loadAverageAfter(),
                    x.meetsTarget() == null ? "–" : x.meetsTarget() ? "met" : "**not met**"));
        }
        md.append("\nFloor: `floor-about` is `/about` signed out — the same security filter chain, CSP nonce, "
                + "controller, message bundle, layout template and gzip as every page, but no database; "
                + "`floor-static` is a static file through the same filter chain without a template. "
                + "`about-signed-in` shows what a signed-in request costs before the page does anything. "
                + "Target for the pages: at least 50 % of the floor's throughput, p95 at most 100 ms, no errors.\n");
        return md.toString();
    }
}
