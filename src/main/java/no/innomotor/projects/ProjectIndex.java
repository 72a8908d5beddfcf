package no.innomotor.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the project index when it does not hold every project (a fresh index directory, an index lost or
 * restored apart from the database) or holds documents of an older mapping (no compound-word parts field). Runs while the context starts, before the web server takes requests, so the
 * list never answers from a half-built index. When the counts agree it does nothing.
 */
@Component
class ProjectIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProjectIndex.class);

    private final EntityManagerFactory entityManagerFactory;

    ProjectIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long stored;
        long indexed;
        long withoutParts;
        long olderShape;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            stored =
                    em.createQuery("select count(p) from Project p", Long.class).getSingleResult();
            indexed = Search.session(em)
                    .search(Project.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            withoutParts = Search.session(em)
                    .search(Project.class)
                    .where(f -> f.bool()
                            .must(f.exists().field("title"))
                            .mustNot(f.exists().field("title_parts")))
                    .fetchTotalHitCount();
            olderShape = Search.session(em)
                    .search(Project.class)
                    .where(f -> f.bool()
                            .must(f.matchAll())
                            .mustNot(f.match().field("storedShape").matching(Project.STORED.shape())))
                    .fetchTotalHitCount();
        }
        if (stored == indexed && withoutParts == 0 && olderShape == 0) {
            return;
        }
        log.info(
                "Project index holds {} of {} projects, {} indexed before compound-word parts, {} with a listing of"
                        + " another shape; rebuilding it",
                indexed,
                stored,
                withoutParts,
                olderShape);
        try {
            Search.mapping(entityManagerFactory)
                    .scope(Project.class)
                    .massIndexer()
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the project index", e);
        }
    }
}
