package no.innomotor.suppliers;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the supplier index when it does not hold every profile (a fresh index directory, an index lost or
 * restored apart from the database) or holds listings of another shape. Runs while the context starts, before the
 * web server takes requests, so the directory never answers from a half-built index. When all agrees it does
 * nothing.
 */
@Component
class SupplierIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SupplierIndex.class);

    private final EntityManagerFactory entityManagerFactory;

    SupplierIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long stored;
        long indexed;
        long olderShape;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            stored = em.createQuery("select count(p) from SupplierProfile p", Long.class)
                    .getSingleResult();
            indexed = Search.session(em)
                    .search(SupplierProfile.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            olderShape = Search.session(em)
                    .search(SupplierProfile.class)
                    .where(f -> f.bool()
                            .must(f.matchAll())
                            .mustNot(f.match().field("storedShape").matching(SupplierProfile.STORED.shape())))
                    .fetchTotalHitCount();
        }
        if (stored == indexed && olderShape == 0) {
            return;
        }
        log.info(
                "Supplier index holds {} of {} profiles, {} with a listing of another shape; rebuilding it",
                indexed,
                stored,
                olderShape);
        try {
            Search.mapping(entityManagerFactory)
                    .scope(SupplierProfile.class)
                    .massIndexer()
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the supplier index", e);
        }
    }
}
