package no.innomotor.followup;

import java.util.Optional;
import no.innomotor.shared.OrganisationId;

/** What a new plan starts from: the company, the goals its growth ambitions give, and its open plan if it has one. */
public record NewPlan(OrganisationId company, String companyName, Goals goals, Optional<PlanId> openPlan) {}
