package no.innomotor.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchmakingRepository extends JpaRepository<MatchmakingEntry, UUID> {

    Optional<MatchmakingEntry> findByAnnouncementIdAndCompanyId(UUID announcementId, UUID companyId);

    List<MatchmakingEntry> findByAnnouncementIdOrderByJoinedAt(UUID announcementId);

    long countByAnnouncementId(UUID announcementId);
}
