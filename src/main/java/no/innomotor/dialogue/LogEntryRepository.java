package no.innomotor.dialogue;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LogEntryRepository extends JpaRepository<LogEntry, UUID> {

    List<LogEntry> findByAnnouncementIdOrderByOccurredAtAscIdAsc(UUID announcementId);
}
