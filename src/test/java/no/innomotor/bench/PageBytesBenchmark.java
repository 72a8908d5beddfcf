package no.innomotor.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innomotor.platform.DemoAccounts;

/**
 * Measures the bytes a browser receives on the wire (compressed, headers included) per page view, for a signed-in
 * demo buyer: the front page, {@code /opportunities}, {@code /projects} and one project's page, each as a first view
 * (empty browser cache) and as a repeat view (the cache as the first view left it, after visiting another page).
 * <p>
 * Each application jar named on the command line is started on its own with {@code java -jar} in a temporary
 * folder (fresh H2 database, demo data, a free port), and driven by real headless Chromium through Playwright;
 * Chromium's DevTools protocol counts the bytes ({@code Network.loadingFinished.encodedDataLength}: what came over
 * the connection for that request, 0 for what the cache served). The figures of all jars go side by side into
 * {@code bench/results/page-bytes.md} and {@code .json}. See bench/README.md for the command.
 * <p>
 * Arguments: the results folder, then {@code label=path/to/innomotor.jar} for each build to measure; a path of
 * {@code -} leaves that build out.
 */
public final class PageBytesBenchmark {

    private static final List<String> PAGES = List.of("/", "/opportunities", "/projects", "{project}");

    private PageBytesBenchmark() {}

    /** One request the browser made during a view. */
    record Request(String url, int status, String source, long wireBytes, long bodyBytes, String encoding) {}

    /** One page view: every request and the sums. */
    record View(String page, String url, String kind, List<Request> requests) {

        long wireBytes() {
            return requests.stream().mapToLong(Request::wireBytes).sum();
        }

        long bodyBytes() {
            return requests.stream().mapToLong(Request::bodyBytes).sum();
        }

        long fromNetwork() {
            return requests.stream().filter(r -> r.source().equals("network")).count();
        }

        long fromCache() {
            return requests.stream().filter(r -> r.source().equals("cache")).count();
        }

        long revalidated() {
            return requests.stream().filter(r -> r.status() == 304).count();
        }
    }

    record Build(String label, String jar, String commit, String chromium, double startupSeconds, List<View> views) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: <results folder> <label>=<jar> [<label>=<jar> …]");
        }
        Path results = Path.of(args[0]);
        Map<String, Path> jars = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            if (pair.length != 2 || pair[1].isBlank() || pair[1].equals("-")) {
                continue;
            }
            Path jar = Path.of(pair[1]).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no jar at " + jar + " (for " + pair[0] + ")");
            }
            jars.put(pair[0], jar);
        }
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("no jar to measure");
        }
        List<Build> builds = new ArrayList<>();
        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = no.innomotor.browser.SharedBrowser.launch(playwright)) {
            for (Map.Entry<String, Path> jar : jars.entrySet()) {
                builds.add(measure(browser, jar.getKey(), jar.getValue()));
            }
        }
        write(results, builds);
    }

    // ---- one build ----

    private static Build measure(Browser browser, String label, Path jar) throws Exception {
        Path work = Files.createTempDirectory("innomotor-page-bytes-");
        int port = JarLauncher.freePort();
        String base = "http://localhost:" + port;
        System.out.printf("%s: starting %s on port %d in %s%n", label, jar, port, work);
        long started = System.nanoTime();
        Process app = JarLauncher.start(
                jar,
                work,
                List.of("--server.port=" + port, "--innomotor.demo.enabled=true", "--logging.level.root=WARN"));
        try {
            JarLauncher.awaitOk(base + "/actuator/health", app, work, Duration.ofMillis(500));
            double startup = (System.nanoTime() - started) / 1e9;
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setBaseURL(base)
                    .setLocale("nb-NO")
                    .setViewportSize(1280, 900))) {
                Page page = context.newPage();
                Recorder recorder = new Recorder(context.newCDPSession(page), base);
                signIn(page);
                String project = firstProject(page);
                List<View> views = new ArrayList<>();
                for (String path : PAGES) {
                    String url = path.equals("{project}") ? project : path;
                    String name = path.equals("{project}") ? "a project page" : path;
                    recorder.clearCache();
                    views.add(recorder.view(page, url, name, "first"));
                    page.navigate("about:blank");
                    views.add(recorder.view(page, url, name, "repeat"));
                }
                views.forEach(v -> System.out.printf(
                        "%s: %-16s %-6s %,9d bytes, %d from the network, %d from the cache%n",
                        label, v.page(), v.kind(), v.wireBytes(), v.fromNetwork(), v.fromCache()));
                return new Build(label, jar.toString(), commit(jar), browser.version(), startup, views);
            }
        } finally {
            JarLauncher.stop(app);
            BenchFiles.delete(work);
        }
    }

    private static void signIn(Page page) {
        page.navigate("/login");
        page.fill("#username", DemoAccounts.BUYER.email());
        page.fill("#password", DemoAccounts.PASSWORD);
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        if (!page.locator(".im-user__name").textContent().contains(DemoAccounts.BUYER.name())) {
            throw new IllegalStateException("signing in as the demo buyer failed: " + page.url());
        }
    }

    private static String firstProject(Page page) {
        page.navigate("/projects");
        Object href = page.evaluate("() => [...document.querySelectorAll('a[href^=\"/projects/\"]')]"
                + ".map(a => a.getAttribute('href')).find(h => /^\\/projects\\/[0-9a-f-]{36}$/.test(h))");
        if (href == null) {
            throw new IllegalStateException("the demo buyer's project list links no project");
        }
        return href.toString();
    }

    /** Collects what Chromium reports about each request through the DevTools protocol. */
    private static final class Recorder {

        private final CDPSession cdp;
        private final String base;
        private final Map<String, JsonObject> sent = new LinkedHashMap<>();
        private final Map<String, JsonObject> responses = new LinkedHashMap<>();
        private final Map<String, Long> decoded = new LinkedHashMap<>();
        private final Map<String, Long> finished = new LinkedHashMap<>();
        private final java.util.Set<String> cached = new java.util.HashSet<>();

        Recorder(CDPSession cdp, String base) {
            this.cdp = cdp;
            this.base = base;
            cdp.send("Network.enable");
            cdp.on("Network.requestWillBeSent", e -> sent.put(id(e), e));
            cdp.on("Network.requestServedFromCache", e -> cached.add(id(e)));
            cdp.on("Network.responseReceived", e -> responses.put(id(e), e));
            cdp.on(
                    "Network.dataReceived",
                    e -> decoded.merge(id(e), e.get("dataLength").getAsLong(), Long::sum));
            cdp.on(
                    "Network.loadingFinished",
                    e -> finished.put(id(e), e.get("encodedDataLength").getAsLong()));
            cdp.on("Network.loadingFailed", e -> finished.putIfAbsent(id(e), 0L));
        }

        void clearCache() {
            cdp.send("Network.clearBrowserCache");
        }

        View view(Page page, String url, String name, String kind) {
            sent.clear();
            responses.clear();
            decoded.clear();
            finished.clear();
            cached.clear();
            page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
            // The protocol's events arrive while Playwright waits; let the last ones in.
            long deadline = System.currentTimeMillis() + 5_000;
            while (!finished.keySet().containsAll(sent.keySet()) && System.currentTimeMillis() < deadline) {
                page.waitForTimeout(100);
            }
            page.waitForTimeout(300);
            List<Request> requests = new ArrayList<>();
            for (Map.Entry<String, JsonObject> request : sent.entrySet()) {
                String id = request.getKey();
                String address =
                        request.getValue().getAsJsonObject("request").get("url").getAsString();
                if (address.startsWith("data:")) {
                    continue;
                }
                JsonObject response =
                        responses.containsKey(id) ? responses.get(id).getAsJsonObject("response") : null;
                boolean fromCache = cached.contains(id)
                        || (response != null && (flag(response, "fromDiskCache") || flag(response, "fromMemoryCache")));
                requests.add(new Request(
                        address.startsWith(base) ? address.substring(base.length()) : address,
                        response == null ? 0 : response.get("status").getAsInt(),
                        fromCache ? "cache" : "network",
                        finished.getOrDefault(id, 0L),
                        fromCache ? 0 : decoded.getOrDefault(id, 0L),
                        response == null ? "" : header(response, "content-encoding")));
            }
            return new View(name, url, kind, requests);
        }

        private static String id(JsonObject event) {
            return event.get("requestId").getAsString();
        }

        private static boolean flag(JsonObject response, String name) {
            return response.has(name) && response.get(name).getAsBoolean();
        }

        private static String header(JsonObject response, String name) {
            JsonObject headers = response.getAsJsonObject("headers");
            for (String key : headers.keySet()) {
                if (key.equalsIgnoreCase(name)) {
                    return headers.get(key).getAsString();
                }
            }
            return "";
        }
    }

    // ---- results ----

    private static void write(Path results, List<Build> builds) throws IOException {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("benchmark", "page-bytes");
        r.put("date", Instant.now().toString());
        r.put("machine", machine(builds.get(0).chromium()));
        r.put(
                "method",
                "Chromium DevTools protocol: Network.loadingFinished.encodedDataLength per request (bytes received on "
                        + "the connection, response headers included, 0 when the browser cache answered), summed per "
                        + "page view; bodyBytes: the decoded size of what came from the network");
        r.put("builds", builds);
        Files.createDirectories(results);
        Path json = results.resolve("page-bytes.json");
        Path markdown = results.resolve("page-bytes.md");
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(r) + "\n");
        String md = toMarkdown(r, builds);
        Files.writeString(markdown, md);
        System.out.println(md);
        System.out.println("Written " + json + " and " + markdown);
    }

    private static Map<String, Object> machine(String chromium) {
        Map<String, Object> m = BenchMachine.describe();
        m.put("chromium", chromium);
        m.put("loadAverageAtEnd", BenchMachine.loadAverage());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static String toMarkdown(Map<String, Object> r, List<Build> builds) {
        Map<String, Object> m = (Map<String, Object>) r.get("machine");
        StringBuilder md = new StringBuilder();
        md.append("# Bytes per page view, ").append(r.get("date")).append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Machine: %s cores, %s GB memory, %s, %s, Chromium %s (headless, Playwright); load average at the "
                        + "end %.1f. Application and browser on the same machine (localhost): the figures are bytes, "
                        + "not times.%n%n",
                m.get("cores"),
                m.get("memoryGigabytes"),
                m.get("java"),
                m.get("os"),
                m.get("chromium"),
                (Double) m.get("loadAverageAtEnd")));
        md.append("Signed in as the demo buyer (")
                .append(DemoAccounts.BUYER.email())
                .append("). ");
        md.append("**First view**: browser cache emptied (`Network.clearBrowserCache`), then the page opened. ");
        md.append("**Repeat view**: `about:blank`, then the same page again, with the cache the first view left. ");
        md.append("Bytes: `Network.loadingFinished.encodedDataLength` summed over the view's requests, i.e. what ");
        md.append("came over the connection (compressed, response headers included; 0 when the cache answered). ");
        md.append("Requests: from the network / answered by the cache (304s counted as from the network).\n\n");
        md.append("Builds: ");
        md.append(String.join(
                "; ",
                builds.stream()
                        .map(b -> String.format(
                                Locale.ROOT,
                                "**%s** `%s`, built from %s (started in %.1f s)",
                                b.label(),
                                b.jar(),
                                b.commit(),
                                b.startupSeconds()))
                        .toList()));
        md.append(".\n\n");

        md.append("| page | view |");
        builds.forEach(b -> md.append(" ").append(b.label()).append(": bytes |"));
        builds.forEach(b -> md.append(" ").append(b.label()).append(": requests network / cache |"));
        if (builds.size() == 2) {
            md.append(" change |");
        }
        md.append("\n|---|---|");
        builds.forEach(b -> md.append("---:|"));
        builds.forEach(b -> md.append("---:|"));
        if (builds.size() == 2) {
            md.append("---:|");
        }
        md.append("\n");
        int views = builds.get(0).views().size();
        for (int i = 0; i < views; i++) {
            View first = builds.get(0).views().get(i);
            md.append("| ")
                    .append(first.page())
                    .append(" | ")
                    .append(first.kind())
                    .append(" |");
            for (Build b : builds) {
                md.append(" ").append(bytes(b.views().get(i).wireBytes())).append(" |");
            }
            for (Build b : builds) {
                View v = b.views().get(i);
                md.append(" ").append(v.fromNetwork()).append(" / ").append(v.fromCache());
                if (v.revalidated() > 0) {
                    md.append(" (").append(v.revalidated()).append(" × 304)");
                }
                md.append(" |");
            }
            if (builds.size() == 2) {
                md.append(" ")
                        .append(change(
                                builds.get(0).views().get(i).wireBytes(),
                                builds.get(1).views().get(i).wireBytes()))
                        .append(" |");
            }
            md.append("\n");
        }
        for (String kind : List.of("first", "repeat")) {
            md.append("| **all four pages** | ").append(kind).append(" |");
            List<Long> totals = builds.stream()
                    .map(b -> b.views().stream()
                            .filter(v -> v.kind().equals(kind))
                            .mapToLong(View::wireBytes)
                            .sum())
                    .toList();
            totals.forEach(t -> md.append(" **").append(bytes(t)).append("** |"));
            builds.forEach(b -> md.append(" |"));
            if (builds.size() == 2) {
                md.append(" **").append(change(totals.get(0), totals.get(1))).append("** |");
            }
            md.append("\n");
        }
        md.append(
                "\nPer request (path, status, where from, bytes on the wire, content encoding) in page-bytes.json.\n");
        return md.toString();
    }

    private static String bytes(long bytes) {
        return String.format(Locale.ROOT, "%,d (%.1f KB)", bytes, bytes / 1024.0);
    }

    private static String change(long before, long after) {
        return before == 0 ? "" : String.format(Locale.ROOT, "%+.0f %%", 100.0 * (after - before) / before);
    }

    // ---- helpers ----

    /** The commit of the working tree the jar was built in, "(uncommitted changes)" added when it had some. */
    private static String commit(Path jar) {
        Path tree = jar.getParent().getParent();
        String head = git(tree, "log", "-1", "--format=%h");
        if (head.isEmpty()) {
            return "an unknown commit";
        }
        String changes = git(tree, "status", "--porcelain", "--untracked-files=no", "--", "src", "pom.xml");
        return "commit " + head + (changes.isEmpty() ? "" : " with uncommitted changes");
    }

    private static String git(Path tree, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", tree.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(false).start();
            String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return git.waitFor() == 0 ? out.trim() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
