package no.innomotor.knowledge;

import java.time.Duration;
import java.util.Optional;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.RoadmapStep;
import org.awaitility.Awaitility;
import org.springframework.stereotype.Component;

/**
 * Builds the case library's test data through the real services: projects walked to step 8, their cases built and
 * published, their solutions listed. A bean of the test context; every call makes new data.
 */
@Component
public class CaseFixtures {

    private final ProjectFixtures projects;
    private final ProjectsManagement management;
    private final CaseManagement cases;
    private final CaseStudyRepository repository;
    private final SolutionManagement solutions;

    CaseFixtures(
            ProjectFixtures projects,
            ProjectsManagement management,
            CaseManagement cases,
            CaseStudyRepository repository,
            SolutionManagement solutions) {
        this.projects = projects;
        this.management = management;
        this.cases = cases;
        this.repository = repository;
        this.solutions = solutions;
    }

    /**
     * A project with a signed mandate that has completed steps 1 to 7, so it stands at step 8; returns once the
     * platform has built its case, so a test's own build never races the listener.
     */
    public ProjectId atSpread(ProjectFixtures.Org org, String title) {
        ProjectId project = projects.project(org, title);
        projects.signedMandate(org, project);
        for (int step = 1; step < RoadmapStep.SPREAD_AND_SCALE_UP.number(); step++) {
            projects.tickRequired(org, project, RoadmapStep.of(step));
            management.completeStep(project, RoadmapStep.of(step), org.buyer().user());
        }
        awaitCase(project);
        return project;
    }

    /** Waits for the case the platform builds when the project reaches step 8. */
    public CaseId awaitCase(ProjectId project) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> repository.findByProjectId(project.value()).map(CaseStudy::caseId), Optional::isPresent)
                .orElseThrow();
    }

    public long version(ProjectId project) {
        return repository.findByProjectId(project.value()).orElseThrow().version();
    }

    /** A project at step 8 whose case its buyer built, wrote lessons for and published. */
    public CaseId published(ProjectFixtures.Org org, String title) {
        ProjectId project = atSpread(org, title);
        CaseId id = cases.build(project, org.buyer().user());
        cases.writeLessons(project, lessons(), version(project), org.buyer().user());
        cases.publish(project, version(project), org.buyer().user());
        return id;
    }

    public SolutionId listed(ProjectFixtures.Org org, ProjectId project, String name) {
        return solutions.describe(project, details(name), 0, org.buyer().user());
    }

    public ProjectId projectOf(CaseId id) {
        return repository.findById(id.value()).orElseThrow().project();
    }

    public static Lessons lessons() {
        return new Lessons(
                "Markedsdialogen tidlig ga oss et bedre behovsbilde.",
                "Vi ville satt av mer tid til gevinstplanen før konkurransen.",
                "Involver hjemmetjenesten fra første dag.");
    }

    public static SolutionDetails details(String name) {
        return new SolutionDetails(
                name,
                "Sensorer som varsler hjemmetjenesten om fall om natten, uten kamera.",
                null,
                "Rammeavtale med opsjon for andre kommuner i regionen.");
    }
}
