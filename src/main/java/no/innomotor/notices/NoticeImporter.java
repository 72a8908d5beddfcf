package no.innomotor.notices;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.innomotor.notices.NoticeEvents.NoticeImported;
import no.innomotor.notices.NoticeEvents.NoticeUpdated;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.PersonId;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

/**
 * Imports one notice: read and validate it (outside any transaction), extract its fields, then store it in its own
 * transaction — a new opportunity, an update of the one it is a newer version or a change of, or nothing when the
 * same or a newer content is already there. A rejected file stores nothing.
 */
@Component
class NoticeImporter {

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

    ImportOutcome importNotice(String source, byte[] content, @Nullable PersonId actor) {
        return importNotice(source, content, actor, false);
    }

    /**
     * @param bulk one of many files in a row: the search index is then made visible to searches at once but written
     *     to disk in the background (every second, and at shutdown) instead of once per notice; an index that lost
     *     the last second in a crash is rebuilt at the next start (see {@link OpportunityIndex})
     */
    ImportOutcome importNotice(String source, byte[] content, @Nullable PersonId actor, boolean bulk) {
        ExtractedNotice notice;
        try {
            Document document = xml.read(content);
            notice = NoticeExtractor.extract(document);
        } catch (NoticeRejected rejected) {
            return rejected.toOutcome(source);
        }
        if (!notice.procurement()) {
            return ImportOutcome.skipped(
                    source,
                    ImportOutcome.Reason.NOT_PROCUREMENT,
                    null,
                    notice.noticeId(),
                    notice.version(),
                    notice.subtype());
        }
        Set<CpvCode> scope = scope(notice.cpvCodes());
        try {
            return transaction.execute(status -> {
                if (bulk) {
                    Search.session(entityManager)
                            .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
                }
                return store(source, notice, scope, actor, false);
            });
        } catch (DataIntegrityViolationException concurrentImport) {
            // The same notice was stored by another import at the same moment: look again, it is there now.
            return transaction.execute(status -> store(source, notice, scope, actor, false));
        }
    }

    /**
     * Stores an opportunity the demo data wrote as data (no file behind it), marked as demo; it takes the same path
     * as an imported notice from extraction on, so it is indexed, audited and found like one.
     */
    ImportOutcome importDemo(String source, ExtractedNotice notice) {
        Set<CpvCode> scope = scope(notice.cpvCodes());
        return transaction.execute(status -> store(source, notice, scope, null, true));
    }

    private ImportOutcome store(
            String source, ExtractedNotice notice, Set<CpvCode> scope, @Nullable PersonId actor, boolean demo) {
        Instant now = clock.instant();
        NoticeOpportunity same = first(opportunities.findByCurrentNoticeId(notice.noticeId()));
        if (same != null) {
            if (notice.versionNumber() > same.versionNumber()) {
                return update(source, same, notice, scope, actor, now);
            }
            return skip(
                    source,
                    notice,
                    same,
                    notice.versionNumber() == same.versionNumber()
                            ? ImportOutcome.Reason.ALREADY_IMPORTED
                            : ImportOutcome.Reason.NEWER_STORED);
        }
        NoticeOpportunity superseded = first(opportunities.findByNoticeId(notice.noticeId()));
        if (superseded == null) {
            superseded = first(opportunities.findByChangesNoticeId(notice.noticeId()));
        }
        if (superseded != null) {
            return skip(source, notice, superseded, ImportOutcome.Reason.NEWER_STORED);
        }
        if (notice.changesNoticeId() != null) {
            NoticeOpportunity changed = first(opportunities.findByCurrentNoticeId(notice.changesNoticeId()));
            if (changed == null) {
                changed = first(opportunities.findByNoticeId(notice.changesNoticeId()));
            }
            if (changed != null) {
                return update(source, changed, notice, scope, actor, now);
            }
        }
        NoticeOpportunity opportunity = new NoticeOpportunity(notice, scope, now);
        if (demo) {
            opportunity.markDemo();
        }
        NoticeOpportunity created = opportunities.saveAndFlush(opportunity);
        OpportunityId id = new OpportunityId(created.id());
        events.publishEvent(
                new NoticeImported(actor, id, notice.noticeId(), notice.version(), notice.subtype(), source));
        return ImportOutcome.stored(
                source, ImportOutcome.Status.IMPORTED, id, notice.noticeId(), notice.version(), notice.subtype());
    }

    private ImportOutcome update(
            String source,
            NoticeOpportunity opportunity,
            ExtractedNotice notice,
            Set<CpvCode> scope,
            @Nullable PersonId actor,
            Instant now) {
        opportunity.apply(notice, scope, now);
        OpportunityId id = new OpportunityId(opportunity.id());
        events.publishEvent(
                new NoticeUpdated(actor, id, notice.noticeId(), notice.version(), notice.subtype(), source));
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

    private static @Nullable NoticeOpportunity first(List<NoticeOpportunity> found) {
        return found.isEmpty() ? null : found.get(0);
    }
}
