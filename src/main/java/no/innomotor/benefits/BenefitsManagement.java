package no.innomotor.benefits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.benefits.BenefitsExceptions.BenefitChangedConcurrently;
import no.innomotor.benefits.BenefitsExceptions.BenefitRejected;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.TeamMember;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's commands on its project's benefit plan: add and change benefits, record measurements one at a time or
 * from a file (all or nothing), confirm the plan and choose whether to show it publicly. Every command checks first
 * that the person keeps the plan ({@link BenefitsAccess}); a change from an older version is refused (409).
 */
@Service
@Transactional
public class BenefitsManagement {

    private final BenefitPlanRepository plans;
    private final MeasurementRepository measurements;
    private final BenefitsAccess access;
    private final ProjectQueries projects;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    BenefitsManagement(
            BenefitPlanRepository plans,
            MeasurementRepository measurements,
            BenefitsAccess access,
            ProjectQueries projects,
            OrganisationsManagement organisations,
            Clock clock) {
        this.plans = plans;
        this.measurements = measurements;
        this.access = access;
        this.projects = projects;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Refuses anyone who may not keep the plan: 404 outside the project, 403 for its other readers. */
    @Transactional(readOnly = true)
    public void authoriseKeeper(ProjectId project, CurrentUser user) {
        access.kept(project, user);
    }

    /** The people who may own a benefit: the members of the project's organisation. */
    @Transactional(readOnly = true)
    public List<TeamMember> ownerCandidates(ProjectId project, CurrentUser user) {
        return projects.teamCandidates(project, user);
    }

    public BenefitId add(ProjectId projectId, BenefitDetails details, CurrentUser user) {
        ProjectDetails project = access.kept(projectId, user);
        String owner = check(projectId, details, user);
        BenefitPlan plan = plan(project);
        BenefitId id = plan.add(details, owner, user.personId(), clock.instant());
        plans.saveAndFlush(plan);
        return id;
    }

    public void change(
            ProjectId projectId, BenefitId id, BenefitDetails details, long expectedVersion, CurrentUser user) {
        ProjectDetails project = access.kept(projectId, user);
        BenefitPlan plan = plan(project);
        plan.benefit(id);
        String owner = check(projectId, details, user);
        plan.change(id, details, owner, expectedVersion, user.personId(), clock.instant());
        save(plan, id);
    }

    public void record(
            ProjectId projectId, BenefitId id, BigDecimal value, LocalDate on, String comment, CurrentUser user) {
        ProjectDetails project = access.kept(projectId, user);
        BenefitPlan plan = plan(project);
        if (plan.benefit(id).trajectory() == null) {
            throw new BenefitRejected("value", "benefits.measure.notMeasurable");
        }
        if (on.isAfter(NorwegianTime.today(clock))) {
            throw new BenefitRejected("measuredOn", "benefits.measure.future");
        }
        measurements.save(new Measurement(id, projectId.value(), on, value, comment, user.personId(), clock.instant()));
        plan.measured(id, value, on, user.personId(), clock.instant());
        save(plan, id);
    }

    /**
     * Every measurement of a file, in one transaction: a file with any bad row is refused whole
     * ({@link BenefitsExceptions.MeasurementsRefused}, each row's error named) and nothing of it is kept.
     *
     * @return how many measurements were recorded
     */
    public int importMeasurements(ProjectId projectId, String csv, CurrentUser user) {
        ProjectDetails project = access.kept(projectId, user);
        BenefitPlan plan = plan(project);
        List<MeasurementCsv.Row> rows = MeasurementCsv.parse(csv, plan::measurable, NorwegianTime.today(clock));
        rows.forEach(row -> measurements.save(new Measurement(
                row.benefit(),
                projectId.value(),
                row.on(),
                row.value(),
                row.comment(),
                user.personId(),
                clock.instant())));
        plan.measured(rows, user.personId(), clock.instant());
        save(plan, projectId);
        return rows.size();
    }

    /** Opt in to (or out of) the public showcase, with the story the team tells. */
    public void showcase(ProjectId projectId, boolean show, String story, CurrentUser user) {
        ProjectDetails project = access.kept(projectId, user);
        if (show && story.isBlank()) {
            throw new BenefitRejected("story", "benefits.showcase.story.required");
        }
        BenefitPlan plan = plan(project);
        plan.showcase(show, story, user.personId(), clock.instant());
        save(plan, projectId);
    }

    /** The team confirms that the plan is up to date, which clears a request to update it. */
    public void confirm(ProjectId projectId, CurrentUser user) {
        ProjectDetails project = access.kept(projectId, user);
        BenefitPlan plan = plan(project);
        plan.confirm(user.personId(), clock.instant());
        save(plan, projectId);
    }

    private BenefitPlan plan(ProjectDetails project) {
        BenefitPlan.Where where = new BenefitPlan.Where(
                project.nutsCode().value(),
                organisations
                        .find(project.organisation())
                        .map(OrganisationSummary::sector)
                        .orElse(null));
        BenefitPlan plan = plans.findById(project.id().value())
                .orElseGet(() -> new BenefitPlan(project.id(), project.organisation(), where, clock.instant()));
        plan.locate(where);
        return plan;
    }

    private void save(BenefitPlan plan, Object id) {
        try {
            plans.saveAndFlush(plan);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new BenefitChangedConcurrently(id);
        }
    }

    /** The rules a form cannot check alone; answers the owner's name as the plan shows it. */
    private String check(ProjectId project, BenefitDetails details, CurrentUser user) {
        if (details.baselineOn() != null
                && details.targetOn() != null
                && !details.targetOn().isAfter(details.baselineOn())) {
            throw new BenefitRejected("targetOn", "benefits.form.targetOn.beforeBaseline");
        }
        if (details.quantitative() && (details.targetValue() == null || details.targetOn() == null)) {
            throw new BenefitRejected(
                    details.targetValue() == null ? "targetValue" : "targetOn", "benefits.form.target.required");
        }
        if (details.quantitative() && (details.baselineValue() == null) != (details.baselineOn() == null)) {
            throw new BenefitRejected(
                    details.baselineOn() == null ? "baselineOn" : "baselineValue", "benefits.form.baseline.both");
        }
        if (details.priced() && details.plannedNok() == null) {
            throw new BenefitRejected("plannedNok", "benefits.form.plannedNok.required");
        }
        return projects.teamCandidates(project, user).stream()
                .filter(member -> member.id().equals(details.owner()))
                .map(TeamMember::name)
                .findFirst()
                .orElseThrow(() -> new BenefitRejected("owner", "benefits.form.owner.unknown"));
    }
}
