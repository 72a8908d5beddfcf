package no.innomotor.dialogue;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface WrittenInputRepository extends JpaRepository<WrittenInput, UUID> {

    List<WrittenInput> findByAnnouncementIdOrderBySentAt(UUID announcementId);
}
