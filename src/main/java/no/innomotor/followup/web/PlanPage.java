package no.innomotor.followup.web;

import no.innomotor.followup.PlanView;
import org.springframework.validation.Errors;

/**
 * A follow-up plan's page (followup/plan.jte): the plan as the reader may see it, and the forms that arrive with their
 * errors — the keeper's goals, activity, next step and outcome, and a comment from either side. {@code conflict}:
 * someone saved the plan after the version the goals form started from; what the person typed is kept.
 */
public record PlanPage(
        PlanView plan,
        GoalsForm goalsForm,
        Errors goalsErrors,
        ActivityForm activityForm,
        Errors activityErrors,
        StepForm stepForm,
        Errors stepErrors,
        OutcomeForm outcomeForm,
        Errors outcomeErrors,
        CommentForm commentForm,
        Errors commentErrors,
        boolean conflict) {

    static final String TEMPLATE = "followup/plan";
}
