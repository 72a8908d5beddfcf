package no.innomotor.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, UUID> {

    List<Registration> findByAnnouncementIdOrderByRegisteredAt(UUID announcementId);

    Optional<Registration> findByAnnouncementIdAndCompanyId(UUID announcementId, UUID companyId);

    List<Registration> findByCompanyIdIn(Collection<UUID> companies);
}
