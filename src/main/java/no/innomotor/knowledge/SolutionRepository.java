package no.innomotor.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SolutionRepository extends JpaRepository<Solution, UUID> {

    Optional<Solution> findByProjectId(UUID projectId);

    List<Solution> findAllByOrderByListedAtDesc();
}
