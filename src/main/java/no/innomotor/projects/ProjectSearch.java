package no.innomotor.projects;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.StoredRecord;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The project list's query, answered by the search index: free text over title and need with Norwegian stemming,
 * and the parts of compound words ("sykkel" finds "sykkelveier", ranked below a title with the word itself),
 * and exact filters on organisation, current step, procedure and status. Newest first, or best match first when
 * there is text.
 */
@Component
class ProjectSearch {

    record Hits(List<ProjectListing> projects, long total) {}

    private final EntityManager entityManager;
    private final ProjectRepository projects;

    ProjectSearch(EntityManager entityManager, ProjectRepository projects) {
        this.entityManager = entityManager;
        this.projects = projects;
    }

    /** {@code visible} limits the result to those organisations' projects; null means no limit. */
    Hits search(ProjectFilter filter, @Nullable Set<OrganisationId> visible, int page, int size) {
        if (visible != null && visible.isEmpty()) {
            return new Hits(List.of(), 0);
        }
        SearchResult<StoredRecord.Hit> result = Search.session(entityManager)
                .search(Project.class)
                .select(f -> f.composite()
                        .from(f.id(UUID.class), f.field("stored", String.class))
                        .as(StoredRecord.Hit::new))
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (visible != null) {
                        root.add(f.terms()
                                .field("organisationId")
                                .matchingAny(visible.stream()
                                        .map(OrganisationId::value)
                                        .toList()));
                    }
                    if (filter.organisation() != null) {
                        root.add(f.match()
                                .field("organisationId")
                                .matching(filter.organisation().value()));
                    }
                    if (filter.step() != null) {
                        root.add(f.match().field("currentStep").matching(filter.step()));
                    }
                    if (filter.procedure() != null) {
                        root.add(f.match().field("procedure").matching(filter.procedure()));
                    }
                    if (filter.status() != null) {
                        root.add(f.match().field("status").matching(filter.status()));
                    }
                    if (filter.hasText()) {
                        root.add(f.simpleQueryString()
                                .field("title")
                                .boost(8f)
                                .field("need")
                                .boost(4f)
                                .field("title_parts")
                                .boost(2f)
                                .field("need_parts")
                                .matching(filter.text())
                                .defaultOperator(BooleanOperator.AND));
                    }
                })
                .sort(f -> filter.hasText()
                        ? f.score().then().field("createdAt").desc()
                        : f.field("createdAt").desc())
                .fetch(page * size, size);
        return new Hits(listings(result.hits()), result.total().hitCount());
    }

    /** The hits in the index's order, read from their stored listings (see {@link StoredRecord#readAll}). */
    private List<ProjectListing> listings(List<StoredRecord.Hit> hits) {
        return Project.STORED.readAll(
                hits,
                ids -> projects.findAllById(ids).stream()
                        .collect(Collectors.toMap(project -> project.id().value(), Project::listing)));
    }
}
