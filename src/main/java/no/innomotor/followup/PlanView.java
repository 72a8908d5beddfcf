package no.innomotor.followup;

import java.time.Instant;
import java.util.List;
import no.innomotor.shared.OrganisationId;

/**
 * A plan as one of its readers sees it. {@code keeper}: the reader is an adviser who keeps it (and sees the forms);
 * {@code company}: the reader is a person of the company (reads, comments, marks its own steps done).
 */
public record PlanView(
        PlanId id,
        OrganisationId companyId,
        String companyName,
        PlanStatus status,
        Goals goals,
        List<ActivityView> activities,
        List<StepView> steps,
        List<OutcomeView> outcomes,
        List<CommentView> comments,
        String keeperName,
        Instant changedAt,
        long version,
        boolean keeper,
        boolean company) {

    public PlanView {
        activities = List.copyOf(activities);
        steps = List.copyOf(steps);
        outcomes = List.copyOf(outcomes);
        comments = List.copyOf(comments);
    }

    public boolean open() {
        return status == PlanStatus.OPEN;
    }

    /** Whether the reader may mark this step done: the keeper any step, the company its own. */
    public boolean canMarkDone(StepView step) {
        return open() && !step.done() && (keeper || (company && step.responsible() == Responsible.SUPPLIER));
    }
}
