package no.innomotor.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingSlotRepository extends JpaRepository<MeetingSlot, UUID> {

    List<MeetingSlot> findByAnnouncementIdOrderByStartsAt(UUID announcementId);

    Optional<MeetingSlot> findByAnnouncementIdAndBookedCompanyId(UUID announcementId, UUID bookedCompanyId);
}
