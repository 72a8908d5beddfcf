package no.innomotor.benefits;

import java.util.List;
import no.innomotor.benefits.BenefitsExceptions.BenefitNotFound;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a project's benefit plan and a benefit's measurements for the project's readers. */
@Service
@Transactional(readOnly = true)
public class BenefitQueries {

    private final BenefitPlanRepository plans;
    private final MeasurementRepository measurements;
    private final BenefitsAccess access;

    BenefitQueries(BenefitPlanRepository plans, MeasurementRepository measurements, BenefitsAccess access) {
        this.plans = plans;
        this.measurements = measurements;
        this.access = access;
    }

    /**
     * The project's benefit figures as they stand now, the same picture {@link BenefitFiguresChanged} carries: for a
     * reader that keeps a copy and must not let an older event overwrite a newer state (events are delivered
     * asynchronously and in no guaranteed order). Empty for a project without a plan.
     */
    public java.util.Optional<BenefitFiguresChanged> currentFigures(ProjectId id) {
        return plans.findById(id.value()).map(BenefitPlan::figures);
    }

    public BenefitPlanView plan(ProjectId id, CurrentUser user) {
        ProjectDetails project = access.readable(id, user);
        return plans.findById(id.value())
                .map(plan -> new BenefitPlanView(
                        project,
                        plan.benefits().stream().map(BenefitView::of).toList(),
                        project.can().edit(),
                        plan.showcased(),
                        plan.story(),
                        plan.updateRequested(),
                        plan.version()))
                .orElseGet(() ->
                        new BenefitPlanView(project, List.of(), project.can().edit(), false, "", false, 0));
    }

    /** A benefit's measurements, oldest first; not found for a benefit of another plan. */
    public List<MeasurementView> measurements(ProjectId id, BenefitId benefit, CurrentUser user) {
        BenefitPlanView plan = plan(id, user);
        plan.benefit(benefit).orElseThrow(() -> new BenefitNotFound(benefit));
        return measurements.findByBenefitIdOrderByMeasuredOnAscRecordedAtAsc(benefit.value()).stream()
                .map(Measurement::view)
                .toList();
    }
}
