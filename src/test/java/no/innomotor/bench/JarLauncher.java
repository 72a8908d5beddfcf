package no.innomotor.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How the benchmarks start an application jar: {@code java -jar} with the JDK that runs the benchmark, in a folder
 * of its own (so a fresh {@code ./data}), its output in {@code application.log} there, and none of the caller's
 * {@code SPRING_*}/{@code INNOMOTOR_*} environment variables. Shared by {@link PageBytesBenchmark} and
 * {@link StartupBenchmark}.
 */
final class JarLauncher {

    /**
     * How long an application may take to answer before a benchmark gives up on it: generous, since on a 2-core
     * machine shared with other builds a start can take several minutes.
     */
    static final Duration STARTUP = Duration.ofMinutes(10);

    static final String LOG = "application.log";

    private JarLauncher() {}

    /** Starts {@code java -jar <jar> <arguments…>} in the folder, with the caller's environment cleaned. */
    static Process start(Path jar, Path work, List<String> arguments) throws IOException {
        return start(List.of(), jar, work, arguments, Map.of());
    }

    /**
     * Starts {@code java -jar <jar> <arguments…>} in the folder, with the caller's environment cleaned and the given
     * variables set (a database other than the folder's own, say).
     */
    static Process start(Path jar, Path work, List<String> arguments, Map<String, String> environment)
            throws IOException {
        return start(List.of(), jar, work, arguments, environment);
    }

    /** Starts {@code java <JVM options…> -jar <jar> <arguments…>} in the folder, with the caller's environment cleaned. */
    static Process start(List<String> jvmOptions, Path jar, Path work, List<String> arguments) throws IOException {
        return start(jvmOptions, jar, work, arguments, Map.of());
    }

    private static Process start(
            List<String> jvmOptions, Path jar, Path work, List<String> arguments, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(LOG).toFile());
        // Its own database and index under ./data in the folder; nothing of the caller's environment.
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("INNOMOTOR_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * Asks for the address every {@code interval} (counted from the end of one attempt to the next) until it
     * answers 200; fails when the application stops or {@link #STARTUP} has passed. Redirects are not followed.
     */
    static void awaitOk(String url, Process app, Path work, Duration interval) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped: " + tail(work.resolve(LOG)));
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(interval.toMillis());
        }
        throw new IllegalStateException(url + " did not answer 200 within " + STARTUP);
    }

    /** Asks the application to stop (SIGTERM), and kills it when it has not stopped within 30 s. */
    static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
