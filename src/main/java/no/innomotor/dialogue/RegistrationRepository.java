package no.innomotor.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, UUID> {

    List<Registration> findByAnnouncementIdOrderByRegisteredAt(UUID announcementId);

    Optional<Registration> findByAnnouncementIdAndCompanyId(UUID announcementId, UUID companyId);

    List<Registration> findByCompanyIdIn(Collection<UUID> companies);

    /** How many announcements each of the companies registered for, as rows of company id and count. */
    @Query("""
            select r.companyId, count(r) from Registration r
            where r.companyId in :companies group by r.companyId""")
    List<Object[]> countByCompany(@Param("companies") Collection<UUID> companies);
}
