package no.innomotor.dialogue;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftDocumentRepository extends JpaRepository<DraftDocument, UUID> {

    List<DraftDocument> findByAnnouncementIdOrderByPublishedAtDesc(UUID announcementId);
}
