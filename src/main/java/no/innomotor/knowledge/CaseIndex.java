package no.innomotor.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the case library's index when it does not hold every case (a fresh index directory, or an index lost or
 * restored apart from the database). Runs while the context starts, before the web server takes requests, so the
 * library never answers from a half-built index; when the counts agree it does nothing.
 */
@Component
class CaseIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CaseIndex.class);

    private final EntityManagerFactory entityManagerFactory;

    CaseIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long stored;
        long indexed;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            stored = em.createQuery("select count(c) from CaseStudy c", Long.class)
                    .getSingleResult();
            indexed = Search.session(em)
                    .search(CaseStudy.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
        if (stored == indexed) {
            return;
        }
        log.info("Case index holds {} of {} cases; rebuilding it", indexed, stored);
        try {
            Search.mapping(entityManagerFactory)
                    .scope(CaseStudy.class)
                    .massIndexer()
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the case index", e);
        }
    }
}
