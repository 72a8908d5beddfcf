package no.innomotor.knowledge;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProjectBenefitsRepository extends JpaRepository<ProjectBenefits, UUID> {

    List<ProjectBenefits> findByProjectIdIn(Collection<UUID> projects);

    /** The copy, locked, so copies of one project's figures are written one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from ProjectBenefits b where b.projectId = :project")
    Optional<ProjectBenefits> lock(@Param("project") UUID project);
}
