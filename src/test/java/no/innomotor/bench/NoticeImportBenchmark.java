package no.innomotor.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.innomotor.InnomotorApplication;
import no.innomotor.notices.ImportSummary;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.OpportunityFilter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Measures the notice import: copies the eForms SDK's example notices into a temporary folder until there are at
 * least N files (each copy under a new notice identifier, so every copy is really stored), then imports the folder
 * through {@link NoticesManagement#importPaths} — the service behind the command line and the upload page — into
 * the embedded H2 file database and Lucene index in a temporary folder. Before the import, in the same JVM, a plain
 * StAX pass reads the same files on one thread (every event to the end, elements counted): the floor of reading the
 * files at all, set beside the import. Writes files per second for both, their ratio and the totals as JSON and
 * Markdown to {@code bench/results/}. Run: {@code mvn -Pbench test-compile exec:java} (see bench/README.md).
 */
public final class NoticeImportBenchmark {

    private static final Pattern NOTICE_ID = Pattern.compile("(schemeName=\"notice-id\">)([^<]+)(<)");

    private NoticeImportBenchmark() {}

    /** The plain StAX pass: files read, elements counted, files StAX could not read, the time, the parser. */
    record Floor(int files, long elements, int unreadable, Duration elapsed, Duration cpu, String parser) {}

    public static void main(String[] args) throws Exception {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path results = Path.of(args.length > 1 ? args[1] : "bench/results");
        Path work = Files.createTempDirectory("innomotor-bench-");
        Path notices = Files.createDirectories(work.resolve("notices"));
        try {
            int files = copyExamples(notices, wanted);
            long bytes = BenchFiles.size(notices);
            System.out.printf("Prepared %d notice files (%d MB) in %s%n", files, bytes / (1024 * 1024), notices);

            Floor floor = staxPass(notices);
            System.out.printf(
                    Locale.ROOT,
                    "Plain StAX pass: %d files, %d elements in %.1f s%n",
                    floor.files(),
                    floor.elements(),
                    floor.elapsed().toMillis() / 1000.0);

            long startNanos = System.nanoTime();
            ConfigurableApplicationContext context = new SpringApplicationBuilder(InnomotorApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(
                            "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/innomotor")
                                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                            "--spring.jpa.properties.hibernate.search.backend.directory.root=" + work.resolve("index"),
                            "--innomotor.demo.enabled=false",
                            "--logging.level.root=WARN",
                            // The import's own line: CPU time per file of each phase.
                            "--logging.level.no.innomotor.notices.NoticeImportPipeline=INFO");
            Duration startup = Duration.ofNanos(System.nanoTime() - startNanos);
            NoticesManagement management = context.getBean(NoticesManagement.class);

            long importStart = System.nanoTime();
            long importStartCpu = processCpuNanos();
            ImportSummary summary = management.importPaths(List.of(notices), null, outcome -> {});
            Duration elapsed = Duration.ofNanos(System.nanoTime() - importStart);
            Duration importCpu = Duration.ofNanos(processCpuNanos() - importStartCpu);
            long stored = management.count();
            long indexed = management.search(OpportunityFilter.none(), 0, 1).getTotalElements();
            SpringApplication.exit(context);

            write(
                    results,
                    files,
                    bytes,
                    floor,
                    startup,
                    elapsed,
                    importCpu,
                    summary,
                    stored,
                    indexed,
                    BenchFiles.size(work.resolve("db")),
                    BenchFiles.size(work.resolve("index")));
        } finally {
            BenchFiles.delete(work);
        }
    }

    /**
     * The floor: the same files in the order the import takes them (the folder's {@code .xml} files, sub-folders
     * included, in name order), each read whole into memory as the import does, then parsed by a namespace-aware
     * StAX reader with DTDs and external entities off (as the application's own StAX readers are), every event
     * read to the end and the elements counted. One thread, no validation, no DOM, nothing stored.
     */
    static Floor staxPass(Path folder) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long start = System.nanoTime();
        long startCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".xml"))
                    .sorted()
                    .toList();
        }
        long elements = 0;
        int unreadable = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            try {
                XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
                try {
                    while (reader.hasNext()) {
                        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                            elements++;
                        }
                    }
                } finally {
                    reader.close();
                }
            } catch (XMLStreamException e) {
                unreadable++;
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = Duration.ofNanos(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startCpu);
        return new Floor(
                files.size(),
                elements,
                unreadable,
                elapsed,
                cpu,
                factory.getClass().getName());
    }

    /** Round after round of the SDK's examples, each file under a fresh notice identifier. */
    private static int copyExamples(Path folder, int wanted) throws IOException {
        Resource[] examples =
                new PathMatchingResourcePatternResolver().getResources("classpath*:eforms-sdk/examples/notices/*.xml");
        Arrays.sort(examples, Comparator.comparing(Resource::getFilename));
        int count = 0;
        for (int round = 0; count < wanted; round++) {
            Path dir = Files.createDirectories(folder.resolve(String.format("%04d", round)));
            for (Resource example : examples) {
                String xml = example.getContentAsString(StandardCharsets.UTF_8);
                String fresh = NOTICE_ID.matcher(xml).replaceFirst("$1" + UUID.randomUUID() + "$3");
                Files.writeString(dir.resolve(example.getFilename()), fresh);
                count++;
            }
        }
        return count;
    }

    private static void write(
            Path results,
            int files,
            long bytes,
            Floor floor,
            Duration startup,
            Duration elapsed,
            Duration importCpu,
            ImportSummary summary,
            long stored,
            long indexed,
            long dbBytes,
            long indexBytes)
            throws IOException {
        double seconds = elapsed.toNanos() / 1e9;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("benchmark", "notice-import");
        r.put("date", Instant.now().toString());
        r.put("machine", machine());
        r.put("files", files);
        r.put("megabytes", bytes / (1024.0 * 1024.0));
        r.put("imported", summary.imported());
        r.put("skipped", summary.skipped());
        r.put("rejected", summary.rejected());
        r.put("storedOpportunities", stored);
        r.put("indexedOpportunities", indexed);
        r.put("startupSeconds", startup.toMillis() / 1000.0);
        r.put("importSeconds", seconds);
        r.put("filesPerSecond", files / seconds);
        r.put("importedNoticesPerSecond", summary.imported() / seconds);
        r.put("databaseMegabytes", dbBytes / (1024.0 * 1024.0));
        r.put("indexMegabytes", indexBytes / (1024.0 * 1024.0));
        // Added beside the fields above (which keep their names and meaning): the plain StAX pass over the same files.
        double floorSeconds = floor.elapsed().toNanos() / 1e9;
        r.put(
                "floorMethod",
                "plain StAX pass, one thread, same JVM, before the import: each file read whole, every "
                        + "event read to the end, elements counted; DTDs and external entities off");
        r.put("floorParser", floor.parser());
        r.put("floorFiles", floor.files());
        r.put("floorElements", floor.elements());
        r.put("floorUnreadable", floor.unreadable());
        r.put("floorSeconds", floorSeconds);
        r.put("floorFilesPerSecond", floor.files() / floorSeconds);
        // files per second of the import divided by those of the StAX pass: 1 would be as fast as reading the files.
        r.put("importToFloorRatio", (files / seconds) / (floor.files() / floorSeconds));
        // Added later: processor time, which a busy machine changes less than wall time. The floor's is its one
        // thread's; the import's is the whole process's (every thread, the search backend, JIT compiler and GC).
        double floorCpuMillis = floor.cpu().toNanos() / 1e6 / floor.files();
        double importCpuMillis = importCpu.toNanos() / 1e6 / files;
        r.put("floorCpuMillisPerFile", floorCpuMillis);
        r.put("importCpuMillisPerFile", importCpuMillis);
        // CPU per file of the floor divided by the import's: 1 would mean the import costs no more processor time.
        r.put("floorToImportCpuRatio", floorCpuMillis / importCpuMillis);

        Files.createDirectories(results);
        String stamp = LocalDate.now().toString();
        Path json = results.resolve("notice-import-" + stamp + ".json");
        Path markdown = results.resolve("notice-import-" + stamp + ".md");
        Files.writeString(json, toJson(r) + "\n");
        Files.writeString(markdown, toMarkdown(r));
        System.out.println(toMarkdown(r));
        System.out.println("Written " + json + " and " + markdown);
    }

    /** The whole process's processor time so far (every thread), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = BenchMachine.describe();
        m.put("maxHeapMegabytes", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("loadAverageAtEnd", BenchMachine.loadAverage());
        return m;
    }

    private static String toJson(Map<String, Object> map) {
        StringBuilder json = new StringBuilder("{");
        map.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append('"').append(key).append("\": ");
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                json.append(toJson(inner));
            } else if (value instanceof Number number) {
                // Two decimals; four below 1, so that a ratio such as 0.0312 keeps its figures.
                json.append(
                        number instanceof Double d
                                ? String.format(Locale.ROOT, Math.abs(d) < 1 ? "%.4f" : "%.2f", d)
                                : number.toString());
            } else {
                json.append('"')
                        .append(String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
        });
        return json.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    private static String toMarkdown(Map<String, Object> r) {
        Map<String, Object> m = (Map<String, Object>) r.get("machine");
        return String.format(
                Locale.ROOT,
                """
                # Notice import benchmark, %s

                Machine: %s cores, %s GB memory (max heap %s MB), %s, %s; load average at the end %.1f.

                | measure | value |
                |---|---|
                | files (the SDK's %s examples, repeated, fresh notice ids) | %d (%.0f MB) |
                | imported (stored as new opportunities) | %d |
                | skipped (business registrations) | %d |
                | rejected (examples without a notice id) | %d |
                | opportunities in the database / in the search index afterwards | %d / %d |
                | start-up of the application (no web server) | %.1f s |
                | import time | %.1f s |
                | **files per second** | **%.1f** |
                | **imported notices per second** | **%.1f** |
                | H2 database size | %.1f MB |
                | Lucene index size | %.1f MB |

                ## Beside reading the files at all

                Before the import, in the same JVM, a plain StAX pass (`%s`) read the same %d files on one thread:
                each file read whole, every event read to the end, elements counted (%,d elements; %d files StAX
                could not read), DTDs and external entities off. No validation, no DOM, nothing stored: the floor of
                any import of these files.

                | | time | files per second |
                |---|---:|---:|
                | plain StAX pass (the floor) | %.1f s | %.1f |
                | notice import | %.1f s | %.1f |
                | **import / floor** (files per second) | | **%.4f** (the import takes %.1f × the time) |

                Processor time per file (the floor: its one thread; the import: the whole process, every thread):
                floor %.2f ms, import %.2f ms, floor / import **%.4f**.
                """,
                r.get("date"),
                m.get("cores"),
                m.get("memoryGigabytes"),
                m.get("maxHeapMegabytes"),
                m.get("java"),
                m.get("os"),
                (Double) m.get("loadAverageAtEnd"),
                92,
                (Integer) r.get("files"),
                (Double) r.get("megabytes"),
                (Long) r.get("imported"),
                (Long) r.get("skipped"),
                (Long) r.get("rejected"),
                (Long) r.get("storedOpportunities"),
                (Long) r.get("indexedOpportunities"),
                (Double) r.get("startupSeconds"),
                (Double) r.get("importSeconds"),
                (Double) r.get("filesPerSecond"),
                (Double) r.get("importedNoticesPerSecond"),
                (Double) r.get("databaseMegabytes"),
                (Double) r.get("indexMegabytes"),
                r.get("floorParser"),
                (Integer) r.get("floorFiles"),
                (Long) r.get("floorElements"),
                (Integer) r.get("floorUnreadable"),
                (Double) r.get("floorSeconds"),
                (Double) r.get("floorFilesPerSecond"),
                (Double) r.get("importSeconds"),
                (Double) r.get("filesPerSecond"),
                (Double) r.get("importToFloorRatio"),
                1 / (Double) r.get("importToFloorRatio"),
                (Double) r.get("floorCpuMillisPerFile"),
                (Double) r.get("importCpuMillisPerFile"),
                (Double) r.get("floorToImportCpuRatio"));
    }
}
