package no.innomotor.notices;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the opportunity index when it does not hold what the database holds (a new index folder, a restored
 * database) or holds documents of an older mapping (no compound-word parts field, or a stored read model of another
 * shape than {@link Opportunity} has now, see {@link no.innomotor.shared.StoredRecord}), before the application starts serving: the list must never show less than was imported.
 */
@Component
class OpportunityIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OpportunityIndex.class);

    private final EntityManagerFactory entityManagers;

    OpportunityIndex(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        EntityManager entityManager = entityManagers.createEntityManager();
        try {
            long stored = entityManager
                    .createQuery("select count(o) from NoticeOpportunity o", Long.class)
                    .getSingleResult();
            long indexed = Search.session(entityManager)
                    .search(NoticeOpportunity.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            long withoutParts = Search.session(entityManager)
                    .search(NoticeOpportunity.class)
                    .where(f -> f.bool()
                            .must(f.exists().field("titles"))
                            .mustNot(f.exists().field("titles_parts")))
                    .fetchTotalHitCount();
            long olderShape = Search.session(entityManager)
                    .search(NoticeOpportunity.class)
                    .where(f -> f.bool()
                            .must(f.matchAll())
                            .mustNot(f.match().field("storedShape").matching(NoticeOpportunity.STORED.shape())))
                    .fetchTotalHitCount();
            if (stored != indexed || withoutParts > 0 || olderShape > 0) {
                long start = System.nanoTime();
                Search.session(entityManager)
                        .massIndexer(NoticeOpportunity.class)
                        .startAndWait();
                log.info(
                        "Indexed {} opportunities ({} were in the index) in {} ms",
                        stored,
                        indexed,
                        (System.nanoTime() - start) / 1_000_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            entityManager.close();
        }
    }
}
