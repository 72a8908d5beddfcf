package no.innomotor.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnouncementRepository extends JpaRepository<Announcement, UUID> {

    List<Announcement> findByProjectIdOrderByCreatedAtDesc(UUID projectId);

    List<Announcement> findByStatusOrderByPublishedAtDesc(AnnouncementStatus status);

    List<Announcement> findByOrganisationIdInAndStatus(Collection<UUID> organisations, AnnouncementStatus status);

    List<Announcement> findByIdInAndStatus(Collection<UUID> ids, AnnouncementStatus status);
}
