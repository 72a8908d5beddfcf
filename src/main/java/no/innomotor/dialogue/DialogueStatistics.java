package no.innomotor.dialogue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innomotor.projects.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts about projects' market dialogues for readers without a person behind the question (analytics, open data):
 * when the first announcement was published and how many companies registered. Drafts never count, and nothing a
 * person wrote or who registered leaves through it.
 */
@Service
@Transactional(readOnly = true)
public class DialogueStatistics {

    private final EntityManager entities;

    DialogueStatistics(EntityManager entities) {
        this.entities = entities;
    }

    /** A project's published dialogue: the first publication and the companies registered across its announcements. */
    public record ProjectDialogue(
            ProjectId project, Instant firstPublishedAt, long announcements, long registrations) {}

    /** The projects among those given that have published (and possibly since withdrawn) an announcement. */
    public Map<ProjectId, ProjectDialogue> forProjects(Collection<ProjectId> projects) {
        Map<ProjectId, ProjectDialogue> figures = new HashMap<>();
        if (projects.isEmpty()) {
            return figures;
        }
        List<UUID> ids = projects.stream().map(ProjectId::value).distinct().toList();
        List<Object[]> published = entities.createQuery("""
                        select a.projectId, min(a.publishedAt), count(a) from Announcement a
                        where a.projectId in :projects and a.publishedAt is not null group by a.projectId""", Object[].class)
                .setParameter("projects", ids)
                .getResultList();
        Map<UUID, Long> registrations = new HashMap<>();
        entities.createQuery("""
                        select a.projectId, count(r) from Registration r, Announcement a
                        where r.announcementId = a.id and a.projectId in :projects and a.publishedAt is not null
                        group by a.projectId""", Object[].class)
                .setParameter("projects", ids)
                .getResultList()
                .forEach(row -> registrations.put((UUID) row[0], ((Number) row[1]).longValue()));
        for (Object[] row : published) {
            UUID project = (UUID) row[0];
            figures.put(
                    new ProjectId(project),
                    new ProjectDialogue(
                            new ProjectId(project),
                            (Instant) row[1],
                            ((Number) row[2]).longValue(),
                            registrations.getOrDefault(project, 0L)));
        }
        return figures;
    }
}
