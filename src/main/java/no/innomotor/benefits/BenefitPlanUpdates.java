package no.innomotor.benefits;

import java.time.Clock;
import no.innomotor.projects.ProjectEvents.StepCompleted;
import no.innomotor.projects.ProjectRecords;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * DFØ's method updates the benefit plan at least at every phase end: when a roadmap step is completed the team is
 * asked to update the plan (a work item on the buyers' front page), until the plan is next saved or confirmed.
 */
@Component
class BenefitPlanUpdates {

    private final BenefitPlanRepository plans;
    private final ProjectRecords projects;
    private final Clock clock;

    BenefitPlanUpdates(BenefitPlanRepository plans, ProjectRecords projects, Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(StepCompleted event) {
        BenefitPlan plan = plans.findById(event.project().value())
                .orElseGet(() -> new BenefitPlan(
                        event.project(),
                        event.organisation(),
                        new BenefitPlan.Where(
                                projects.find(event.project())
                                        .map(p -> p.nutsCode().value())
                                        .orElse("NO"),
                                null),
                        clock.instant()));
        if (plan.requestUpdate()) {
            plans.save(plan);
        }
    }
}
