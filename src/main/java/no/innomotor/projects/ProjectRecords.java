package no.innomotor.projects;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects' facts for modules that read them without a person behind the question, one project or every project in
 * pages (keyset on the id, so a reader of 20,000 projects never skips or repeats one while others are created). What
 * a reader may show of them, and to whom, is the reader's rule.
 */
@Service
@Transactional(readOnly = true)
public class ProjectRecords {

    public static final int MAX_PAGE_SIZE = 1_000;

    private final ProjectRepository projects;

    ProjectRecords(ProjectRepository projects) {
        this.projects = projects;
    }

    public Optional<ProjectRecord> find(ProjectId id) {
        return projects.findById(id.value()).map(ProjectRecords::record);
    }

    /** Up to {@code size} projects in id order, after the one given (from the first when none is). */
    public List<ProjectRecord> page(@Nullable ProjectId after, int size) {
        Limit limit = Limit.of(Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
        List<Project> page = after == null
                ? projects.findAllByOrderByIdAsc(limit)
                : projects.findByIdGreaterThanOrderByIdAsc(after.value(), limit);
        return page.stream().map(ProjectRecords::record).toList();
    }

    public long count() {
        return projects.count();
    }

    private static ProjectRecord record(Project project) {
        Map<RoadmapStep, Instant> completed = new EnumMap<>(RoadmapStep.class);
        for (ProjectStep step : project.steps()) {
            Instant at = step.completedAt();
            if (at != null) {
                completed.put(step.step(), at);
            }
        }
        return new ProjectRecord(
                project.id(),
                project.title(),
                project.need(),
                project.organisation(),
                project.procedure(),
                project.cpvCodes(),
                project.nutsCode(),
                project.estimatedValue(),
                project.status(),
                project.currentStep(),
                project.mandateState(),
                project.createdAt(),
                project.updatedAt(),
                completed);
    }
}
