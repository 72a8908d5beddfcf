package no.innomotor.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStudyRepository extends JpaRepository<CaseStudy, UUID> {

    Optional<CaseStudy> findByProjectId(UUID projectId);

    List<CaseStudy> findByProjectIdIn(Collection<UUID> projectIds);

    long countByStatus(CaseStatus status);
}
