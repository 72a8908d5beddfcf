package no.innomotor.notices;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import no.innomotor.notices.NoticeEvents.NoticeImported;
import no.innomotor.notices.NoticeEvents.NoticeUpdated;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.PersonId;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

/**
 * Imports notices: read and validate each (outside any transaction, on any thread), extract its fields, then store
 * it — a new opportunity, an update of the one it is a newer version or a change of, or nothing when the same or a
 * newer content is already there. One notice is stored in its own transaction; a batch of notices in one, with the
 * same outcomes as one after another, and one transaction per notice again when the batch fails. A rejected file
 * stores nothing.
 */
@Component
class NoticeImporter {

    /** JDBC statements sent together when a batch is written (inserts and updates ordered by table to allow it). */
    static final int JDBC_BATCH_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(NoticeImporter.class);

    private final NoticeXml xml;
    private final CpvCatalogue cpv;
    private final NoticeOpportunityRepository opportunities;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final EntityManager entityManager;

    NoticeImporter(
            NoticeXml xml,
            CpvCatalogue cpv,
            NoticeOpportunityRepository opportunities,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.xml = xml;
        this.cpv = cpv;
        this.opportunities = opportunities;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * A file read, validated and extracted, before anything is stored: either its outcome already (rejected, or
     * skipped as no procurement notice) or the notice to store with its CPV scope.
     */
    record Prepared(
            String source,
            @Nullable ImportOutcome outcome,
            @Nullable ExtractedNotice notice,
            Set<CpvCode> scope) {

        static Prepared decided(ImportOutcome outcome) {
            return new Prepared(outcome.source(), outcome, null, Set.of());
        }

        /** Still to be stored. */
        boolean storable() {
            return notice != null;
        }

        ExtractedNotice toStore() {
            if (notice == null) {
                throw new IllegalStateException(source + " has nothing to store");
            }
            return notice;
        }
    }

    ImportOutcome importNotice(String source, byte[] content, @Nullable PersonId actor) {
        Prepared prepared = prepare(source, content);
        return prepared.outcome() != null ? prepared.outcome() : storeOne(prepared, actor, null);
    }

    /**
     * Reads, validates and extracts one file. Touches no database and no shared state, so files can be prepared on
     * several threads at once.
     */
    Prepared prepare(String source, byte[] content) {
        return prepare(source, content, null);
    }

    /** As {@link #prepare(String, byte[])}, adding the CPU time of validating and of extracting to the timings. */
    Prepared prepare(String source, byte[] content, @Nullable ImportTimings timings) {
        long start = timings == null ? 0 : ImportTimings.cpu();
        ExtractedNotice notice;
        Document document;
        try {
            document = xml.read(content);
        } catch (NoticeRejected rejected) {
            return Prepared.decided(rejected.toOutcome(source));
        } finally {
            if (timings != null) {
                long now = ImportTimings.cpu();
                timings.validate.add(now - start);
                start = now;
            }
        }
        try {
            notice = NoticeExtractor.extract(document);
        } catch (NoticeRejected rejected) {
            return Prepared.decided(rejected.toOutcome(source));
        } finally {
            if (timings != null) {
                timings.extract.add(ImportTimings.cpu() - start);
            }
        }
        if (!notice.procurement()) {
            return Prepared.decided(ImportOutcome.skipped(
                    source,
                    ImportOutcome.Reason.NOT_PROCUREMENT,
                    null,
                    notice.noticeId(),
                    notice.version(),
                    notice.subtype()));
        }
        long scoped = timings == null ? 0 : ImportTimings.cpu();
        Set<CpvCode> scope = scope(notice.cpvCodes());
        if (timings != null) {
            timings.extract.add(ImportTimings.cpu() - scoped);
        }
        return new Prepared(source, null, notice, scope);
    }

    /**
     * Stores prepared notices, in their order, in one transaction: the opportunities they may meet are looked up for
     * all of them at once, each notice then sees what the ones before it in the batch stored (the same notice twice
     * is imported once and then skipped, a change notice after its original updates it), and everything is written
     * in one flush. When the batch fails to store (another import stored one of the same notices at the same moment,
     * or any other database error), it is stored again one transaction per notice, so one bad notice never loses its
     * neighbours. The batch's documents go to the search index when it commits, without waiting for them: the
     * {@code indexing} of the whole import waits once, at its end.
     *
     * @return the outcomes, one per notice in the same order
     */
    List<ImportOutcome> storeAll(List<Prepared> batch, @Nullable PersonId actor, DeferredIndexing indexing) {
        if (batch.isEmpty()) {
            return List.of();
        }
        try {
            return transaction.execute(status -> {
                bulkSession(indexing);
                Batch stored = loadBatch(batch);
                List<ImportOutcome> outcomes = new ArrayList<>(batch.size());
                for (Prepared prepared : batch) {
                    outcomes.add(store(stored, prepared.source(), prepared.toStore(), prepared.scope(), actor, false));
                }
                stored.publishEvents();
                opportunities.flush();
                return outcomes;
            });
        } catch (DataAccessException | PersistenceException batchFailed) {
            List<ImportOutcome> outcomes = new ArrayList<>(batch.size());
            for (Prepared prepared : batch) {
                outcomes.add(storeOne(prepared, actor, indexing));
            }
            return outcomes;
        }
    }

    /**
     * @param indexing the deferred indexing of the import this notice is one of, or null for a notice on its own:
     *     then the search index shows it as soon as this returns
     */
    private ImportOutcome storeOne(Prepared prepared, @Nullable PersonId actor, @Nullable DeferredIndexing indexing) {
        ExtractedNotice notice = prepared.toStore();
        try {
            return transaction.execute(status -> {
                if (indexing != null) {
                    bulkSession(indexing);
                }
                return store(new OneByOne(), prepared.source(), notice, prepared.scope(), actor, false);
            });
        } catch (DataIntegrityViolationException concurrentImport) {
            // The same notice was stored by another import at the same moment: look again, it is there now.
            return transaction.execute(status -> {
                if (indexing != null) {
                    bulkSession(indexing);
                }
                return store(new OneByOne(), prepared.source(), notice, prepared.scope(), actor, false);
            });
        }
    }

    private void bulkSession(DeferredIndexing indexing) {
        Search.session(entityManager).indexingPlanSynchronizationStrategy(indexing);
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH_SIZE);
    }

    /**
     * Waits until the search backend has written every document of the import, then makes them visible to searches.
     * The backend writes its index to disk in the background (every second, and at shutdown); an index that lost
     * documents in a crash, or missed some because writing them failed, is rebuilt at the next start (see {@link
     * OpportunityIndex}).
     */
    void finish(DeferredIndexing indexing) {
        int failed = indexing.await();
        if (failed > 0) {
            log.error(
                    "The search index could not take {} of the imported opportunities; they are stored and the index is"
                            + " rebuilt at the next start",
                    failed);
        }
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(NoticeOpportunity.class)
                .workspace()
                .refresh();
    }

    /**
     * The indexing of one import of many notices: each transaction hands its documents to the search backend at its
     * commit and goes on without waiting for them to be written or shown (the backend's queues hold the import back
     * when they are full); {@link NoticeImporter#finish} waits for them all at the end.
     */
    static final class DeferredIndexing implements IndexingPlanSynchronizationStrategy {

        private final Queue<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> pending =
                new ConcurrentLinkedQueue<>();

        @Override
        public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
            context.documentCommitStrategy(DocumentCommitStrategy.NONE);
            context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
            context.indexingFutureHandler(pending::add);
        }

        /** Waits for every transaction's documents; returns how many opportunities could not be indexed. */
        int await() {
            int failed = 0;
            for (CompletableFuture<? extends SearchIndexingPlanExecutionReport> future = pending.poll();
                    future != null;
                    future = pending.poll()) {
                SearchIndexingPlanExecutionReport report = future.join();
                if (report.throwable().isPresent()) {
                    failed += Math.max(1, report.failingEntities().size());
                }
            }
            return failed;
        }
    }

    /**
     * Stores an opportunity the demo data wrote as data (no file behind it), marked as demo; it takes the same path
     * as an imported notice from extraction on, so it is indexed, audited and found like one.
     */
    ImportOutcome importDemo(String source, ExtractedNotice notice) {
        Set<CpvCode> scope = scope(notice.cpvCodes());
        return transaction.execute(status -> store(new OneByOne(), source, notice, scope, null, true));
    }

    private ImportOutcome store(
            Opportunities stored,
            String source,
            ExtractedNotice notice,
            Set<CpvCode> scope,
            @Nullable PersonId actor,
            boolean demo) {
        Instant now = clock.instant();
        NoticeOpportunity same = stored.byCurrentNoticeId(notice.noticeId());
        if (same != null) {
            if (notice.versionNumber() > same.versionNumber()) {
                return update(stored, source, same, notice, scope, actor, now);
            }
            return skip(
                    source,
                    notice,
                    same,
                    notice.versionNumber() == same.versionNumber()
                            ? ImportOutcome.Reason.ALREADY_IMPORTED
                            : ImportOutcome.Reason.NEWER_STORED);
        }
        NoticeOpportunity superseded = stored.byNoticeId(notice.noticeId());
        if (superseded == null) {
            superseded = stored.byChangesNoticeId(notice.noticeId());
        }
        if (superseded != null) {
            return skip(source, notice, superseded, ImportOutcome.Reason.NEWER_STORED);
        }
        if (notice.changesNoticeId() != null) {
            NoticeOpportunity changed = stored.byCurrentNoticeId(notice.changesNoticeId());
            if (changed == null) {
                changed = stored.byNoticeId(notice.changesNoticeId());
            }
            if (changed != null) {
                return update(stored, source, changed, notice, scope, actor, now);
            }
        }
        NoticeOpportunity opportunity = new NoticeOpportunity(notice, scope, now);
        if (demo) {
            opportunity.markDemo();
        }
        NoticeOpportunity created = stored.add(opportunity);
        OpportunityId id = new OpportunityId(created.id());
        stored.publish(new NoticeImported(actor, id, notice.noticeId(), notice.version(), notice.subtype(), source));
        return ImportOutcome.stored(
                source, ImportOutcome.Status.IMPORTED, id, notice.noticeId(), notice.version(), notice.subtype());
    }

    private ImportOutcome update(
            Opportunities stored,
            String source,
            NoticeOpportunity opportunity,
            ExtractedNotice notice,
            Set<CpvCode> scope,
            @Nullable PersonId actor,
            Instant now) {
        opportunity.apply(notice, scope, now);
        OpportunityId id = new OpportunityId(opportunity.id());
        stored.publish(new NoticeUpdated(actor, id, notice.noticeId(), notice.version(), notice.subtype(), source));
        return ImportOutcome.stored(
                source, ImportOutcome.Status.UPDATED, id, notice.noticeId(), notice.version(), notice.subtype());
    }

    private static ImportOutcome skip(
            String source, ExtractedNotice notice, NoticeOpportunity existing, ImportOutcome.Reason reason) {
        return ImportOutcome.skipped(
                source,
                reason,
                new OpportunityId(existing.id()),
                notice.noticeId(),
                notice.version(),
                notice.subtype());
    }

    /** The notice's CPV codes and all their ancestors; a code the catalogue does not know stands for itself. */
    /** The codes with all their ancestors, as the opportunity keeps them for filtering by a parent code. */
    Set<CpvCode> scope(List<CpvCode> codes) {
        Set<CpvCode> scope = new LinkedHashSet<>();
        for (CpvCode code : codes) {
            scope.add(code);
            cpv.path(code).forEach(ancestor -> scope.add(ancestor.code()));
        }
        return scope;
    }

    /** Where {@link #store} looks for the opportunities a notice may meet, and where it adds a new one. */
    private interface Opportunities {

        @Nullable
        NoticeOpportunity byCurrentNoticeId(String noticeId);

        @Nullable
        NoticeOpportunity byNoticeId(String noticeId);

        @Nullable
        NoticeOpportunity byChangesNoticeId(String noticeId);

        NoticeOpportunity add(NoticeOpportunity created);

        /** Publishes an event about a stored opportunity in the transaction that stores it. */
        void publish(Object event);
    }

    /** One notice per transaction: asks the database, and writes a new opportunity at once. */
    private final class OneByOne implements Opportunities {

        @Override
        public @Nullable NoticeOpportunity byCurrentNoticeId(String noticeId) {
            return first(opportunities.findByCurrentNoticeId(noticeId));
        }

        @Override
        public @Nullable NoticeOpportunity byNoticeId(String noticeId) {
            return first(opportunities.findByNoticeId(noticeId));
        }

        @Override
        public @Nullable NoticeOpportunity byChangesNoticeId(String noticeId) {
            return first(opportunities.findByChangesNoticeId(noticeId));
        }

        @Override
        public NoticeOpportunity add(NoticeOpportunity created) {
            return opportunities.saveAndFlush(created);
        }

        @Override
        public void publish(Object event) {
            events.publishEvent(event);
        }

        private static @Nullable NoticeOpportunity first(List<NoticeOpportunity> found) {
            return found.isEmpty() ? null : found.get(0);
        }
    }

    /**
     * Every stored opportunity any notice of the batch can meet — by its identifier or the one it changes, in any of
     * the three identifier columns — read in three queries for the whole batch.
     */
    private Batch loadBatch(List<Prepared> batch) {
        Set<String> ids = new LinkedHashSet<>();
        for (Prepared prepared : batch) {
            ExtractedNotice notice = prepared.toStore();
            ids.add(notice.noticeId());
            if (notice.changesNoticeId() != null) {
                ids.add(notice.changesNoticeId());
            }
        }
        Map<UUID, NoticeOpportunity> found = new LinkedHashMap<>();
        for (NoticeOpportunity o : opportunities.findByCurrentNoticeIdIn(ids)) {
            found.putIfAbsent(o.id(), o);
        }
        for (NoticeOpportunity o : opportunities.findByNoticeIdIn(ids)) {
            found.putIfAbsent(o.id(), o);
        }
        for (NoticeOpportunity o : opportunities.findByChangesNoticeIdIn(ids)) {
            found.putIfAbsent(o.id(), o);
        }
        return new Batch(new ArrayList<>(found.values()));
    }

    /**
     * A batch in one transaction: answers from the opportunities read for the batch and those it added or changed so
     * far, as the database would answer after the notices before had each been stored; a new opportunity is persisted
     * and written with the others at the batch's flush. Its events are published, in their order, after the last
     * notice, so the audit records are written after the opportunities and each table's rows go in JDBC batches of
     * their own. Opportunities a notice of the batch can meet are all among
     * them: one the batch did not read has none of the batch's identifiers, and the batch changes only what it read
     * or added.
     */
    private final class Batch implements Opportunities {

        private final List<NoticeOpportunity> known;
        private final List<Object> events = new ArrayList<>();

        Batch(List<NoticeOpportunity> read) {
            this.known = read;
        }

        @Override
        public void publish(Object event) {
            events.add(event);
        }

        void publishEvents() {
            events.forEach(NoticeImporter.this.events::publishEvent);
            events.clear();
        }

        @Override
        public @Nullable NoticeOpportunity byCurrentNoticeId(String noticeId) {
            for (NoticeOpportunity o : known) {
                if (noticeId.equals(o.currentNoticeId())) {
                    return o;
                }
            }
            return null;
        }

        @Override
        public @Nullable NoticeOpportunity byNoticeId(String noticeId) {
            for (NoticeOpportunity o : known) {
                if (noticeId.equals(o.noticeId())) {
                    return o;
                }
            }
            return null;
        }

        @Override
        public @Nullable NoticeOpportunity byChangesNoticeId(String noticeId) {
            for (NoticeOpportunity o : known) {
                if (noticeId.equals(o.changesNoticeId())) {
                    return o;
                }
            }
            return null;
        }

        @Override
        public NoticeOpportunity add(NoticeOpportunity created) {
            entityManager.persist(created);
            known.add(created);
            return created;
        }
    }
}
