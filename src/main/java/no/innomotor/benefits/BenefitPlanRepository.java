package no.innomotor.benefits;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BenefitPlanRepository extends JpaRepository<BenefitPlan, UUID> {}
