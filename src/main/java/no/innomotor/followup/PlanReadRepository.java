package no.innomotor.followup;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanReadRepository extends JpaRepository<PlanRead, PlanRead.Key> {

    List<PlanRead> findByKeyPersonIdAndKeyPlanIdIn(UUID personId, Collection<UUID> planIds);
}
