package no.innomotor.benefits;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BenefitPlanRepository extends JpaRepository<BenefitPlan, UUID> {

    List<BenefitPlan> findByOrganisationIdInAndUpdateRequestedTrue(Collection<UUID> organisations);

    List<BenefitPlan> findByShowcasedTrueOrderByChangedAtDesc();
}
