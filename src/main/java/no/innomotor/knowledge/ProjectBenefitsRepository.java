package no.innomotor.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectBenefitsRepository extends JpaRepository<ProjectBenefits, UUID> {

    List<ProjectBenefits> findByProjectIdIn(Collection<UUID> projects);
}
