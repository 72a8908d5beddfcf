package no.innomotor.knowledge;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SolutionFollowerRepository extends JpaRepository<SolutionFollower, SolutionFollower.Key> {

    List<SolutionFollower> findByKeySolutionId(UUID solutionId);

    long countByKeySolutionId(UUID solutionId);
}
