package no.innomotor.notices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import no.innomotor.notices.NoticeImporter.Prepared;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports many files in a row, as fast as the machine allows and with the outcomes of one after another: files are
 * read, validated and extracted on one thread per core, a few hundred files ahead of the writer; the calling thread
 * stores them in file order, {@value #BATCH_SIZE} notices per transaction ({@link NoticeImporter#storeAll}), and
 * reports every outcome in file order once its batch is stored. Rejected and skipped files wait for the batch they
 * sit in, so the order of the reports never changes.
 */
@Component
class NoticeImportPipeline {

    private static final Logger log = LoggerFactory.getLogger(NoticeImportPipeline.class);

    /** Notices stored per transaction. */
    static final int BATCH_SIZE = 100;
    /** Files prepared ahead of the writer: enough to keep every core busy while a batch is written. */
    private static final int AHEAD = 4 * BATCH_SIZE;

    private final NoticeImporter importer;
    private final int threads;

    NoticeImportPipeline(NoticeImporter importer) {
        this.importer = importer;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** One entry of an import: a file to read, or an outcome already known (a path that does not exist). */
    record Entry(@Nullable Path file, @Nullable ImportOutcome known) {

        static Entry file(Path file) {
            return new Entry(file, null);
        }

        static Entry known(ImportOutcome outcome) {
            return new Entry(null, outcome);
        }
    }

    /** Imports the entries, reporting each outcome in their order; returns all outcomes in that order. */
    List<ImportOutcome> run(List<Entry> entries, @Nullable PersonId actor, Consumer<ImportOutcome> progress) {
        List<ImportOutcome> outcomes = new ArrayList<>(entries.size());
        NoticeImporter.DeferredIndexing indexing = new NoticeImporter.DeferredIndexing();
        ImportTimings timings = new ImportTimings();
        ExecutorService workers = Executors.newFixedThreadPool(threads, new Workers());
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            int submitted = 0;
            List<Prepared> waiting = new ArrayList<>();
            int toStore = 0;
            for (int i = 0; i < entries.size(); i++) {
                while (submitted < entries.size() && submitted < i + AHEAD) {
                    Entry entry = entries.get(submitted++);
                    ahead.add(workers.submit(() -> prepare(entry, timings)));
                }
                Prepared prepared = next(ahead);
                waiting.add(prepared);
                if (prepared.storable() && ++toStore == BATCH_SIZE) {
                    store(waiting, actor, indexing, timings, outcomes, progress);
                    waiting.clear();
                    toStore = 0;
                }
            }
            store(waiting, actor, indexing, timings, outcomes, progress);
            return outcomes;
        } finally {
            workers.shutdownNow();
            long finishing = ImportTimings.cpu();
            importer.finish(indexing);
            timings.store.add(ImportTimings.cpu() - finishing);
            if (!entries.isEmpty()) {
                log.info(timings.describe(entries.size(), threads));
            }
        }
    }

    private Prepared prepare(Entry entry, ImportTimings timings) {
        if (entry.known() != null) {
            return Prepared.decided(entry.known());
        }
        Path file = entry.file();
        if (file == null) {
            throw new IllegalStateException("An entry with neither a file nor an outcome");
        }
        String source = file.toString();
        long start = ImportTimings.cpu();
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > NoticeXml.MAX_BYTES) {
                return Prepared.decided(
                        ImportOutcome.rejected(source, ImportOutcome.Reason.TOO_LARGE, -1, -1, null, size + " bytes"));
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return Prepared.decided(ImportOutcome.rejected(
                    source,
                    ImportOutcome.Reason.UNREADABLE,
                    -1,
                    -1,
                    null,
                    e.getClass().getSimpleName()));
        } finally {
            timings.read.add(ImportTimings.cpu() - start);
        }
        return importer.prepare(source, content, timings);
    }

    /** Stores the notices among the waiting files in one batch, then reports every waiting file in order. */
    private void store(
            List<Prepared> waiting,
            @Nullable PersonId actor,
            NoticeImporter.DeferredIndexing indexing,
            ImportTimings timings,
            List<ImportOutcome> outcomes,
            Consumer<ImportOutcome> progress) {
        List<Prepared> notices = waiting.stream().filter(Prepared::storable).toList();
        long start = ImportTimings.cpu();
        List<ImportOutcome> stored = importer.storeAll(notices, actor, indexing);
        timings.store.add(ImportTimings.cpu() - start);
        int next = 0;
        for (Prepared prepared : waiting) {
            ImportOutcome outcome = prepared.storable() ? stored.get(next++) : prepared.outcome();
            if (outcome == null) {
                throw new IllegalStateException("No outcome for " + prepared.source());
            }
            outcomes.add(outcome);
            progress.accept(outcome);
        }
    }

    private static Prepared next(Deque<Future<Prepared>> ahead) {
        Future<Prepared> first = ahead.poll();
        if (first == null) {
            throw new IllegalStateException("Nothing prepared ahead");
        }
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing notices", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Preparing a notice failed", e.getCause());
        }
    }

    /** Daemon threads named after the import, so a thread dump tells them apart and they never hold the JVM up. */
    private static final class Workers implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "notice-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
