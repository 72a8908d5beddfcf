package no.innomotor.knowledge;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.innomotor.projects.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far solutions spread, in counts only, for readers without a person behind the question (analytics, open data):
 * every adoption recorded by another organisation, per originating project, per solution and in all. Public
 * figures: adoptions are shown on every solution's public page.
 */
@Service
@Transactional(readOnly = true)
public class AdoptionCounts {

    private final SolutionAdoptionRepository adoptions;

    AdoptionCounts(SolutionAdoptionRepository adoptions) {
        this.adoptions = adoptions;
    }

    /** Adoptions per originating project; a project whose solution nobody adopted is absent. */
    public Map<ProjectId, Long> adoptionsByOriginProject() {
        Map<ProjectId, Long> counts = new HashMap<>();
        for (Object[] row : adoptions.countByOriginProject()) {
            counts.put(new ProjectId((UUID) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Adoptions per solution; a solution nobody adopted is absent. */
    public Map<SolutionId, Long> adoptionsBySolution() {
        Map<SolutionId, Long> counts = new HashMap<>();
        for (Object[] row : adoptions.countBySolution()) {
            counts.put(new SolutionId((UUID) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    public long adoptionsOf(ProjectId originProject) {
        return adoptionsByOriginProject().getOrDefault(originProject, 0L);
    }

    public long totalAdoptions() {
        return adoptions.count();
    }
}
