package no.innomotor.knowledge;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SolutionAdoptionRepository extends JpaRepository<SolutionAdoption, UUID> {

    List<SolutionAdoption> findBySolutionIdOrderByAdoptedOnAsc(UUID solutionId);

    boolean existsBySolutionIdAndOrganisationId(UUID solutionId, UUID organisationId);

    long countBySolutionId(UUID solutionId);

    @Query("select a.originProjectId, count(a) from SolutionAdoption a group by a.originProjectId")
    List<Object[]> countByOriginProject();

    @Query("select a.solutionId, count(a) from SolutionAdoption a group by a.solutionId")
    List<Object[]> countBySolution();
}
