package no.innomotor.funding;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingBudgetRepository extends JpaRepository<FundingBudget, UUID> {}
