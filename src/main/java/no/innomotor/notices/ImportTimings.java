package no.innomotor.notices;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an import of many files spends its processor time: the CPU time of each phase, summed over the threads that
 * ran it (reading the files, validating them while they are parsed, extracting their fields on the preparing
 * threads; storing them on the writing thread), and what the rest of the process used meanwhile (the search
 * backend's indexing and merging, the database's background work, the JIT compiler and the garbage collector). The
 * import logs them once at its end, per file, so a slow import tells which phase to look at.
 */
final class ImportTimings {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean THREAD_CPU = THREADS.isCurrentThreadCpuTimeSupported();

    final LongAdder read = new LongAdder();
    final LongAdder validate = new LongAdder();
    final LongAdder extract = new LongAdder();
    final LongAdder store = new LongAdder();
    private final long startNanos = System.nanoTime();
    private final long startProcessCpu = processCpu();

    /** The CPU time of the calling thread so far, in nanoseconds (its wall time where the JVM cannot tell CPU time). */
    static long cpu() {
        return THREAD_CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** One line: files, seconds, files per second, and the milliseconds of processor time per file of each phase. */
    String describe(int files, int threads) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long phases = read.sum() + validate.sum() + extract.sum() + store.sum();
        long process = processCpu() - startProcessCpu;
        String rest = process > 0
                ? String.format(Locale.ROOT, ", the rest of the process %.2f", perFile(process - phases, files))
                : "";
        return String.format(
                Locale.ROOT,
                "Imported %d files in %.1f s (%.1f files/s) on %d preparing threads and one writer; CPU ms per file:"
                        + " read %.2f, validate %.2f, extract %.2f, store %.2f%s",
                files,
                seconds,
                seconds > 0 ? files / seconds : 0,
                threads,
                perFile(read.sum(), files),
                perFile(validate.sum(), files),
                perFile(extract.sum(), files),
                perFile(store.sum(), files),
                rest);
    }

    private static double perFile(long nanos, int files) {
        return files == 0 ? 0 : nanos / 1e6 / files;
    }

    /** The whole process's CPU time in nanoseconds, or -1 where the JVM does not tell it. */
    private static long processCpu() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            return hotspot.getProcessCpuTime();
        }
        return -1;
    }
}
