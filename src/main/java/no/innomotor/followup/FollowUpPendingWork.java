package no.innomotor.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up module's share of the front page. For an adviser: the open next steps, due within
 * {@link #DUE_SOON_DAYS} days or overdue, of the plans they made, and the suppliers new to the public sector that have
 * no plan yet. For a supplier: a change to the company's plan it has not read, and each open step that is its own.
 */
@Component
class FollowUpPendingWork implements PendingWork {

    static final int DUE_SOON_DAYS = 14;

    private final FollowUpPlanRepository plans;
    private final PlanReadRepository reads;
    private final FollowUpQueries queries;
    private final Clock clock;

    FollowUpPendingWork(FollowUpPlanRepository plans, PlanReadRepository reads, FollowUpQueries queries, Clock clock) {
        this.plans = plans;
        this.reads = reads;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        List<WorkItem> items = new ArrayList<>();
        LocalDate today = NorwegianTime.today(clock);
        if (FollowUpAccess.adviser(user)) {
            List<NextStep> due = plans.stepsDueBy(user.personId().value(), today.plusDays(DUE_SOON_DAYS));
            if (!due.isEmpty()) {
                Map<UUID, FollowUpPlan> byId = new HashMap<>();
                plans.findAllById(due.stream().map(NextStep::planId).distinct().toList())
                        .forEach(plan -> byId.put(plan.id().value(), plan));
                for (NextStep step : due) {
                    FollowUpPlan plan = byId.get(step.planId());
                    if (plan != null
                            && plan.keeper().equals(user.personId())
                            && FollowUpAccess.keeps(user, plan.company())) {
                        items.add(new WorkItem(
                                step.responsible() == Responsible.ADVISER
                                        ? "followup.work.stepDue"
                                        : "followup.work.supplierStepDue",
                                List.of(step.text()),
                                plan.companyName(),
                                null,
                                "/followup/plans/" + plan.id() + "#steps",
                                step.due()));
                    }
                }
            }
            long waiting = queries.newWithoutPlan(user);
            if (waiting > 0) {
                items.add(new WorkItem(
                        "followup.work.newWithoutPlan",
                        List.of(waiting),
                        "",
                        null,
                        "/followup?newToPublicSector=true&plan=without",
                        null));
            }
        }
        List<OrganisationId> companies = user.organisationsWithRole(Role.SUPPLIER);
        if (!companies.isEmpty()) {
            List<FollowUpPlan> open = plans.findByCompanyIdInAndStatus(
                    companies.stream().map(OrganisationId::value).toList(), PlanStatus.OPEN);
            Map<UUID, PlanRead> read = new HashMap<>();
            if (!open.isEmpty()) {
                reads.findByKeyPersonIdAndKeyPlanIdIn(
                                user.personId().value(),
                                open.stream().map(p -> p.id().value()).toList())
                        .forEach(r -> read.put(r.plan(), r));
            }
            for (FollowUpPlan plan : open) {
                PlanRead last = read.get(plan.id().value());
                if (last == null || last.readAt().isBefore(plan.changedAt())) {
                    items.add(new WorkItem(
                            "followup.work.planChanged",
                            List.of(),
                            plan.companyName(),
                            null,
                            "/followup/plans/" + plan.id(),
                            null));
                }
                for (StepView step : plan.openSteps(today)) {
                    if (step.responsible() == Responsible.SUPPLIER) {
                        items.add(new WorkItem(
                                "followup.work.yourStep",
                                List.of(step.text()),
                                plan.companyName(),
                                null,
                                "/followup/plans/" + plan.id() + "#steps",
                                step.due()));
                    }
                }
            }
        }
        return items;
    }
}
