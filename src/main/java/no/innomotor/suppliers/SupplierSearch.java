package no.innomotor.suppliers;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.StoredRecord;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The directory's query, answered by the search index alone: only listed profiles; CPV with descendants (the
 * profile's codes are indexed with their ancestors), region by prefix (a county finds the companies serving it, or
 * serving all of Norway), size class, new to the public sector, and free text over name, pitch and keywords with
 * Norwegian stemming. Best match first when there is text, otherwise by name.
 */
@Component
class SupplierSearch {

    private final EntityManager entityManager;
    private final SupplierProfileRepository profiles;

    SupplierSearch(EntityManager entityManager, SupplierProfileRepository profiles) {
        this.entityManager = entityManager;
        this.profiles = profiles;
    }

    SupplierPage search(SupplierFilter filter, int page, int size) {
        SearchResult<StoredRecord.Hit> result = Search.session(entityManager)
                .search(SupplierProfile.class)
                .select(f -> f.composite()
                        .from(f.id(UUID.class), f.field("stored", String.class))
                        .as(StoredRecord.Hit::new))
                .where((f, root) -> {
                    root.add(f.match().field("listed").matching(true));
                    if (filter.cpv() != null) {
                        root.add(f.match()
                                .field("cpvScope")
                                .matching(filter.cpv().value()));
                    }
                    if (filter.region() != null) {
                        root.add(f.or(
                                f.match()
                                        .field("regionPrefix")
                                        .matching(filter.region().value()),
                                f.terms().field("region").matchingAny(wider(filter.region()))));
                    }
                    if (filter.size() != null) {
                        root.add(f.match().field("sizeClass").matching(filter.size()));
                    }
                    if (filter.newToPublicSector()) {
                        root.add(f.match().field("soldToPublic").matching(false));
                    }
                    if (filter.text() != null) {
                        root.add(f.simpleQueryString()
                                .field("companyName")
                                .boost(8f)
                                .field("keywords")
                                .boost(4f)
                                .field("pitch")
                                .matching(filter.text())
                                .defaultOperator(BooleanOperator.AND));
                    }
                })
                .sort(f -> filter.text() != null ? f.score().then().field("nameSort") : f.field("nameSort"))
                .fetch(page * size, size);
        List<SupplierListing> items = SupplierProfile.STORED.readAll(
                result.hits(),
                ids -> profiles.findAllById(ids).stream()
                        .filter(SupplierProfile::listed)
                        .collect(Collectors.toMap(p -> p.organisation().value(), SupplierProfile::listing)));
        return new SupplierPage(items, result.total().hitCount(), page, size);
    }

    /** The regions that hold {@code region}: a company serving one of them serves it too. */
    private static List<String> wider(NutsCode region) {
        List<String> codes = new ArrayList<>();
        NutsCode current = region;
        while (current.level() > 0) {
            current = current.parent();
            codes.add(current.value());
        }
        codes.add(region.country());
        return codes;
    }
}
