package no.innomotor.dialogue;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConferenceRepository extends JpaRepository<Conference, UUID> {

    Optional<Conference> findByAnnouncementId(UUID announcementId);

    /**
     * The conference, its row locked until the transaction ends: registrations and cancellations of one conference
     * are decided one after another, so the capacity is never exceeded.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Conference c where c.announcementId = :announcementId")
    Optional<Conference> lockByAnnouncementId(UUID announcementId);
}
