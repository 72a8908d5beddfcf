package no.innomotor.platform;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.innomotor.shared.generation.Progress;

/**
 * The progress bars of a generation on standard error: one line per kind of row, redrawn in place on a terminal
 * (at most every {@value #REDRAW_MILLIS} ms) and written as a line every {@value #LINE_MILLIS} ms elsewhere, with the
 * count, the expected total and the rate. Keeps each kind's final count for the summary.
 */
final class GenerationProgress {

    static final long REDRAW_MILLIS = 200;
    static final long LINE_MILLIS = 5_000;
    private static final int WIDTH = 24;

    private final PrintStream err;
    private final boolean terminal;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    GenerationProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    Progress start(String kind, long expected) {
        return new Bar(kind, Math.max(expected, 0));
    }

    /** The final count of every kind, in the order they finished. */
    Map<String, Long> counts() {
        return new LinkedHashMap<>(counts);
    }

    private final class Bar implements Progress {

        private final String kind;
        private final long expected;
        private final long started = System.nanoTime();
        private long count;
        private long lastShown;
        private boolean finished;

        Bar(String kind, long expected) {
            this.kind = kind;
            this.expected = expected;
            this.lastShown = System.currentTimeMillis();
        }

        @Override
        public synchronized void advance(long by) {
            count += by;
            long now = System.currentTimeMillis();
            if (now - lastShown >= (terminal ? REDRAW_MILLIS : LINE_MILLIS)) {
                lastShown = now;
                show(false);
            }
        }

        @Override
        public synchronized void done() {
            if (finished) {
                return;
            }
            finished = true;
            counts.merge(kind, count, Long::sum);
            show(true);
        }

        private void show(boolean last) {
            double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
            long total = Math.max(expected, count);
            int filled = total == 0 ? WIDTH : (int) (WIDTH * count / total);
            String line = String.format(
                    Locale.ROOT,
                    "%-16s [%s%s] %,d/%,d  %,.0f/s  %.1f s",
                    kind,
                    "#".repeat(filled),
                    "-".repeat(WIDTH - filled),
                    count,
                    total,
                    count / seconds,
                    seconds);
            if (terminal) {
                err.print("\r" + line + (last ? System.lineSeparator() : ""));
            } else {
                err.println(line);
            }
            err.flush();
        }
    }
}
