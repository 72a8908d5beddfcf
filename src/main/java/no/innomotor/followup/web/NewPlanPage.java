package no.innomotor.followup.web;

import no.innomotor.followup.NewPlan;
import org.springframework.validation.Errors;

/** The form that starts a company's plan (followup/newPlan.jte), its goals taken from the growth ambitions. */
public record NewPlanPage(NewPlan start, GoalsForm form, Errors errors, boolean ownCompany) {

    static final String TEMPLATE = "followup/newPlan";
}
