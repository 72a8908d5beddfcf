package no.innomotor.knowledge;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.innomotor.knowledge.CaseExceptions.CaseNotFound;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.shared.Money;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.security.CurrentUser;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the case library shows: published cases to anyone, searched in the index; a project's case (draft or
 * published) to the project's readers only, whom the projects module decides.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final CaseStudyRepository cases;
    private final ProjectBenefitsRepository benefits;
    private final SolutionRepository solutions;
    private final SolutionQueries solutionQueries;
    private final AdoptionCounts adoptions;
    private final ProjectQueries projects;
    private final EntityManager entityManager;

    CaseQueries(
            CaseStudyRepository cases,
            ProjectBenefitsRepository benefits,
            SolutionRepository solutions,
            SolutionQueries solutionQueries,
            AdoptionCounts adoptions,
            ProjectQueries projects,
            EntityManager entityManager) {
        this.cases = cases;
        this.benefits = benefits;
        this.solutions = solutions;
        this.solutionQueries = solutionQueries;
        this.adoptions = adoptions;
        this.projects = projects;
        this.entityManager = entityManager;
    }

    /** A published case; a draft, like a case that does not exist, is not found. */
    public CaseView published(CaseId id) {
        return cases.findById(id.value())
                .filter(CaseStudy::published)
                .map(this::view)
                .orElseThrow(() -> new CaseNotFound(id));
    }

    /** The project's case for its readers; anyone else is told the project does not exist. */
    public ProjectCase forProject(ProjectId project, CurrentUser user) {
        ProjectDetails details = projects.get(project, user);
        Optional<CaseView> found = cases.findByProjectId(project.value()).map(this::view);
        Optional<SolutionView> solution =
                solutions.findByProjectId(project.value()).map(s -> solutionQueries.view(s, user));
        return new ProjectCase(details, found, solution, details.can().edit(), SolutionManagement.finished(details));
    }

    /** Published cases matching the filter: best match first when there is text, newest published first otherwise. */
    public CaseLibraryPage search(CaseFilter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int from = Math.max(0, page);
        SearchResult<UUID> result = Search.session(entityManager)
                .search(CaseStudy.class)
                .select(f -> f.id(UUID.class))
                .where((f, root) -> {
                    root.add(f.match().field("status").matching(CaseStatus.PUBLISHED));
                    if (filter.procedure() != null) {
                        root.add(f.match().field("procedure").matching(filter.procedure()));
                    }
                    if (filter.county() != null) {
                        root.add(f.match().field("county").matching(filter.county()));
                    }
                    if (filter.cpvDivision() != null) {
                        root.add(f.match().field("cpvDivision").matching(filter.cpvDivision()));
                    }
                    if (filter.step() != null) {
                        root.add(f.match().field("step").matching(filter.step()));
                    }
                    if (filter.year() != null) {
                        root.add(f.match().field("year").matching(filter.year()));
                    }
                    if (filter.hasText()) {
                        root.add(f.simpleQueryString()
                                .field("title")
                                .boost(8f)
                                .field("need")
                                .boost(4f)
                                .field("lessons")
                                .boost(3f)
                                .field("title_parts")
                                .boost(2f)
                                .field("need_parts")
                                .matching(filter.text())
                                .defaultOperator(BooleanOperator.AND));
                    }
                })
                .sort(f -> filter.hasText()
                        ? f.score().then().field("publishedAt").desc()
                        : f.field("publishedAt").desc())
                .fetch(from * pageSize, pageSize);
        Map<UUID, CaseStudy> found = cases.findAllById(result.hits()).stream()
                .collect(Collectors.toMap(c -> c.caseId().value(), Function.identity()));
        Map<ProjectId, Long> adopted = adoptions.adoptionsByOriginProject();
        List<CaseSummary> summaries = new ArrayList<>();
        for (UUID id : result.hits()) {
            CaseStudy c = found.get(id);
            if (c != null && c.published()) {
                summaries.add(summary(c, adopted.getOrDefault(c.project(), 0L)));
            }
        }
        long total = result.total().hitCount();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        List<Object[]> facets = entityManager
                .createQuery(
                        "select c.nutsCode, c.cpvCodes, c.builtAt from CaseStudy c where c.status = :status",
                        Object[].class)
                .setParameter("status", CaseStatus.PUBLISHED)
                .getResultList();
        TreeSet<String> counties = new TreeSet<>();
        TreeSet<String> divisions = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Object[] row : facets) {
            counties.add((String) row[0]);
            for (String code : ((String) row[1]).split(",")) {
                if (code.length() >= 2) {
                    divisions.add(code.substring(0, 2));
                }
            }
            years.add(((Instant) row[2]).atZone(NorwegianTime.ZONE).getYear());
        }
        return new CaseLibraryPage(
                summaries,
                total,
                from,
                pages,
                List.copyOf(counties),
                List.copyOf(divisions),
                List.copyOf(years.descendingSet()));
    }

    public long publishedCount() {
        return cases.countByStatus(CaseStatus.PUBLISHED);
    }

    private static CaseSummary summary(CaseStudy c, long adoptions) {
        return new CaseSummary(
                c.caseId(),
                c.title(),
                c.organisationName(),
                c.procedure(),
                c.nutsCode(),
                c.getCpvDivisions(),
                c.step(),
                c.year(),
                c.publishedAt(),
                adoptions);
    }

    private CaseView view(CaseStudy c) {
        Optional<CaseView.Benefits> figures = benefits.findById(c.project().value())
                .filter(b -> b.benefits() > 0)
                .map(b -> new CaseView.Benefits(
                        b.figures(), b.measured(), b.realised(), b.plannedNok(), b.realisedNok()));
        long adopted = adoptions.adoptionsOf(c.project());
        Optional<SolutionSummary> solution = solutions
                .findByProjectId(c.project().value())
                .map(s -> new SolutionSummary(
                        s.solutionId(), s.name(), s.description(), s.organisationName(), s.listedAt(), adopted));
        return new CaseView(
                c.caseId(),
                c.project(),
                c.organisationName(),
                c.title(),
                c.need(),
                c.procedure(),
                c.cpvCodeList(),
                c.nutsCode(),
                c.step(),
                c.projectCompleted(),
                Money.nok(c.estimatedValueNok()),
                c.dialogue(),
                c.funding(),
                figures,
                c.lessons(),
                c.status(),
                c.builtAt(),
                Optional.ofNullable(c.publishedAt()),
                c.year(),
                solution,
                c.version());
    }
}
