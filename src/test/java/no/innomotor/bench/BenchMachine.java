package no.innomotor.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a benchmark ran on, as its results files describe it. */
final class BenchMachine {

    private BenchMachine() {}

    /** Cores, memory, Java and operating system; the caller adds its own facts and the load average. */
    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        m.put("memoryGigabytes", Math.round(memory / (1024.0 * 1024 * 1024)));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        return m;
    }

    /**
     * The machine as a line of a results file's Markdown: cores, memory, Java, and the load average at the start
     * and at the end ({@code loadAverageAtEnd} of the description).
     */
    static String markdown(Map<String, Object> machine, double loadAtStart) {
        return String.format(
                java.util.Locale.ROOT,
                "Machine: %s cores, %s GB, %s; load average %.1f at start, %.1f at end.%n%n",
                machine.get("cores"),
                machine.get("memoryGigabytes"),
                machine.get("java"),
                loadAtStart,
                machine.get("loadAverageAtEnd"));
    }

    /** The system load average over the last minute (all processes on the machine, not only the benchmark's). */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
