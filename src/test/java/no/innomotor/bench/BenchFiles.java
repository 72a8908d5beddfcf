package no.innomotor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmarks' temporary folders: how much they hold, and removing them. */
final class BenchFiles {

    private BenchFiles() {}

    /** The bytes of all files under the path; 0 when there is nothing there. */
    static long size(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    /**
     * Writes a benchmark's results as {@code <name>.json} (pretty, with nulls and non-finite numbers kept) and
     * {@code <name>.md} in the results folder, and prints the Markdown with the two paths.
     */
    static void writeResults(Path results, String name, Object figures, String markdown) throws IOException {
        Files.createDirectories(results);
        Path json = results.resolve(name + ".json");
        Path md = results.resolve(name + ".md");
        Files.writeString(
                json,
                new com.google.gson.GsonBuilder()
                                .setPrettyPrinting()
                                .serializeSpecialFloatingPointValues()
                                .serializeNulls()
                                .create()
                                .toJson(figures)
                        + "\n");
        Files.writeString(md, markdown);
        System.out.println(markdown);
        System.out.println("Written " + json + " and " + md);
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
