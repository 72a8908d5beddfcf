package no.innomotor.riskrelief;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innomotor.projects.ProjectId;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk relief granted to projects, for readers without a person behind the question (analytics, open data): the sum
 * of the decided grants and how many there are. Nothing of the applications, assessments or decisions' reasons.
 */
@Service
@Transactional(readOnly = true)
public class RiskReliefFigures {

    private final EntityManager entities;

    RiskReliefFigures(EntityManager entities) {
        this.entities = entities;
    }

    /** What a project was granted: the number of approved applications and the kroner granted in them. */
    public record Granted(ProjectId project, long grants, long kroner) {}

    /** The projects among those given that were granted risk relief. */
    public Map<ProjectId, Granted> grantedTo(Collection<ProjectId> projects) {
        Map<ProjectId, Granted> granted = new HashMap<>();
        if (projects.isEmpty()) {
            return granted;
        }
        List<UUID> ids = projects.stream().map(ProjectId::value).distinct().toList();
        entities.createQuery("""
                        select a.projectId, count(a), sum(a.amountGranted) from RiskReliefApplication a
                        where a.projectId in :projects and a.outcome in :outcomes and a.amountGranted is not null
                        group by a.projectId""", Object[].class)
                .setParameter("projects", ids)
                .setParameter("outcomes", List.of(Outcome.APPROVED, Outcome.APPROVED_IN_PART))
                .getResultList()
                .forEach(row -> {
                    ProjectId project = new ProjectId((UUID) row[0]);
                    granted.put(
                            project,
                            new Granted(project, ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
                });
        return granted;
    }
}
