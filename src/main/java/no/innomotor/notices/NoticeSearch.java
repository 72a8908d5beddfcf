package no.innomotor.notices;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.StoredRecord;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.CompositeProjectionOptionsStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Finds opportunities through the search index: every filter is a field of the index (CPV codes with their
 * ancestors, NUTS prefixes, kind, deadline, innovation flag, analysed texts), so one query serves the list, the feed
 * and supplier matching, newest first (best match first when there is text: a whole word above a part of a
 * compound word).
 */
@Component
class NoticeSearch {

    /** The platform's Norwegian analyzer (Snowball stemming, accents folded). */
    static final String ANALYZER = "norwegian";

    /** The platform's analyzers of the parts of compound words: letter runs indexed, query words looked up whole. */
    static final String PARTS = "norwegian_parts";

    static final String PARTS_QUERY = "norwegian_parts_query";

    record Hits(List<Opportunity> items, long total) {}

    private final EntityManager entityManager;
    private final NoticeOpportunityRepository opportunities;

    NoticeSearch(EntityManager entityManager, NoticeOpportunityRepository opportunities) {
        this.entityManager = entityManager;
        this.opportunities = opportunities;
    }

    Hits search(OpportunityFilter filter, Instant now, int offset, int limit) {
        SearchResult<StoredRecord.Hit> result = Search.session(entityManager)
                .search(NoticeOpportunity.class)
                .select(NoticeSearch::storedHit)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (filter.cpv() != null) {
                        root.add(f.match()
                                .field("cpvScope")
                                .matching(filter.cpv().value()));
                    }
                    if (filter.region() != null) {
                        root.add(f.match()
                                .field("nutsPrefix")
                                .matching(filter.region().value()));
                    }
                    if (filter.kind() != null) {
                        root.add(f.match().field("kind").matching(filter.kind()));
                    }
                    if (filter.deadline() == OpportunityFilter.Deadline.OPEN) {
                        root.add(f.range().field("deadline").atLeast(now));
                        root.add(f.not(f.match().field("cancelled").matching(true)));
                    } else if (filter.deadline() == OpportunityFilter.Deadline.CLOSED) {
                        root.add(f.or(
                                f.range().field("deadline").lessThan(now),
                                f.match().field("cancelled").matching(true)));
                    }
                    if (filter.innovative()) {
                        root.add(f.match().field("innovative").matching(true));
                    }
                    if (filter.text() != null) {
                        root.add(text(f, filter.text()));
                    }
                })
                .sort(f -> {
                    var newest = f.field("publishedOn")
                            .desc()
                            .missing()
                            .last()
                            .then()
                            .field("importedAt")
                            .desc();
                    return filter.text() != null ? f.score().then().composite(c -> c.add(newest)) : newest;
                })
                .fetch(offset, limit);
        return hits(result);
    }

    Hits matching(SupplierInterest interest, int offset, int limit) {
        SearchResult<StoredRecord.Hit> result = Search.session(entityManager)
                .search(NoticeOpportunity.class)
                .select(NoticeSearch::storedHit)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!interest.cpvCodes().isEmpty()) {
                        root.add(f.terms()
                                .field("cpvScope")
                                .matchingAny(interest.cpvCodes().stream()
                                        .map(CpvCode::value)
                                        .toList()));
                    }
                    if (!interest.nutsCodes().isEmpty()) {
                        root.add(f.terms()
                                .field("nutsPrefix")
                                .matchingAny(interest.nutsCodes().stream()
                                        .map(NutsCode::value)
                                        .toList()));
                    }
                    if (!interest.keywords().isEmpty()) {
                        root.add(f.or().with(any -> interest.keywords()
                                .forEach(keyword -> any.add(f.match()
                                        .field("titles")
                                        .field("descriptions")
                                        .matching(keyword)
                                        .minimumShouldMatchPercent(100)))));
                    }
                })
                .sort(f -> f.field("publishedOn")
                        .desc()
                        .missing()
                        .last()
                        .then()
                        .field("importedAt")
                        .desc())
                .fetch(offset, limit);
        return hits(result);
    }

    private static CompositeProjectionOptionsStep<?, StoredRecord.Hit> storedHit(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(f.id(UUID.class), f.field("stored", String.class))
                .as(StoredRecord.Hit::new);
    }

    /** The hits in the index's order, read from their stored read models (see {@link StoredRecord#readAll}). */
    private Hits hits(SearchResult<StoredRecord.Hit> result) {
        List<Opportunity> items = NoticeOpportunity.STORED.readAll(
                result.hits(),
                ids -> opportunities.findAllById(ids).stream()
                        .collect(Collectors.toMap(NoticeOpportunity::id, NoticeOpportunity::toRecord)));
        return new Hits(items, result.total().hitCount());
    }

    private static PredicateFinalStep text(SearchPredicateFactory f, String text) {
        return f.simpleQueryString()
                .field("titles")
                .boost(8f)
                .field("descriptions")
                .boost(4f)
                .field("buyers.name")
                .boost(4f)
                .field("titles_parts")
                .boost(2f)
                .field("descriptions_parts")
                .matching(text)
                .defaultOperator(BooleanOperator.AND);
    }
}
