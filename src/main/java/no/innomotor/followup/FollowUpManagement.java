package no.innomotor.followup;

import java.time.Clock;
import java.time.LocalDate;
import no.innomotor.followup.FollowUpExceptions.CompanyNotFound;
import no.innomotor.followup.FollowUpExceptions.PlanAlreadyOpen;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.suppliers.SupplierProfileView;
import no.innomotor.suppliers.SupplierQueries;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up module's commands. An adviser outside the company keeps the plan (creates it, changes its goals, adds
 * activities, next steps and outcomes, closes it); the company's suppliers comment on it and mark their own steps
 * done. Every command checks the person's right first ({@link FollowUpAccess}); the plan records what happened as an
 * event, published on save, and the plan's version refuses a change made from an older one.
 */
@Service
@Transactional
public class FollowUpManagement {

    private final FollowUpPlanRepository plans;
    private final FollowUpAccess access;
    private final OrganisationsManagement organisations;
    private final SupplierQueries suppliers;
    private final Clock clock;

    FollowUpManagement(
            FollowUpPlanRepository plans,
            FollowUpAccess access,
            OrganisationsManagement organisations,
            SupplierQueries suppliers,
            Clock clock) {
        this.plans = plans;
        this.access = access;
        this.organisations = organisations;
        this.suppliers = suppliers;
        this.clock = clock;
    }

    // ---- checks before a form is read ----

    /** Refuses anyone who may not keep the plan: 404 outside it, 403 for its company, 422 for its own adviser. */
    @Transactional(readOnly = true)
    public void authoriseKeeper(PlanId id, CurrentUser user) {
        access.kept(id, user);
    }

    /** Refuses anyone who may not read the plan (not found). */
    @Transactional(readOnly = true)
    public void authoriseReader(PlanId id, CurrentUser user) {
        access.readable(id, user);
    }

    /**
     * What a new plan for the company starts from: its name and the goals its growth ambitions give, as far as the
     * company lets advisers see them (otherwise empty, for the adviser to write with the company). Refuses someone
     * who is no adviser (403), an adviser of the company itself (422), a company without a profile they may see (404).
     */
    @Transactional(readOnly = true)
    public NewPlan start(OrganisationId company, CurrentUser user) {
        FollowUpAccess.mayKeep(user, company);
        OrganisationSummary org = organisations
                .find(company)
                .filter(o -> o.type() == OrganisationType.COMPANY)
                .orElseThrow(() -> new CompanyNotFound(company));
        SupplierProfileView profile;
        try {
            profile = suppliers.profile(company, user);
        } catch (DomainException.NotFound notFound) {
            throw new CompanyNotFound(company);
        }
        SupplierProfileView.Growth growth = profile.growth();
        return new NewPlan(
                company,
                org.name(),
                new Goals(growth.targetMarkets(), growth.threeYearGoal(), growth.helpWanted()),
                plans.findByCompanyIdAndStatus(company.value(), PlanStatus.OPEN).map(FollowUpPlan::id));
    }

    /** Makes the company's plan; a company with an open plan has one already (409). */
    public PlanId create(OrganisationId company, Goals goals, CurrentUser user) {
        NewPlan start = start(company, user);
        if (start.openPlan().isPresent()) {
            throw new PlanAlreadyOpen(company);
        }
        FollowUpPlan plan = new FollowUpPlan(
                PlanId.random(), company, start.companyName(), goals, user.personId(), clock.instant());
        try {
            return plans.saveAndFlush(plan).id();
        } catch (DataIntegrityViolationException raced) {
            throw new PlanAlreadyOpen(company);
        }
    }

    public void changeGoals(PlanId id, Goals goals, long expectedVersion, CurrentUser user) {
        FollowUpPlan plan = access.kept(id, user);
        plan.changeGoals(goals, expectedVersion, user.personId(), clock.instant());
        plans.saveAndFlush(plan);
    }

    public void addActivity(
            PlanId id, ActivityKind kind, LocalDate on, String description, String participants, CurrentUser user) {
        FollowUpPlan plan = access.kept(id, user);
        plan.addActivity(kind, on, description, participants, user.personId(), clock.instant());
        plans.saveAndFlush(plan);
    }

    public StepId addStep(PlanId id, String text, LocalDate due, Responsible responsible, CurrentUser user) {
        FollowUpPlan plan = access.kept(id, user);
        StepId step = plan.addStep(text, due, responsible, user.personId(), clock.instant());
        plans.saveAndFlush(plan);
        return step;
    }

    /** The keeper marks any step done, the company's people the steps that are theirs. */
    public void markDone(PlanId id, StepId step, CurrentUser user) {
        FollowUpPlan plan = access.readable(id, user);
        boolean keeper = FollowUpAccess.keeps(user, plan.company());
        plan.markDone(step, !keeper, user.personId(), clock.instant());
        plans.saveAndFlush(plan);
    }

    public void addOutcome(PlanId id, String text, LocalDate on, CurrentUser user) {
        FollowUpPlan plan = access.kept(id, user);
        plan.addOutcome(text, on, user.personId(), clock.instant());
        plans.saveAndFlush(plan);
    }

    /** A comment by a person of the company or by an adviser keeping the plan. */
    public void comment(PlanId id, String text, CurrentUser user) {
        FollowUpPlan plan = access.readable(id, user);
        boolean fromCompany = FollowUpAccess.ofCompany(user, plan.company());
        plan.comment(text, fromCompany, user.personId(), user.displayName(), clock.instant());
        plans.saveAndFlush(plan);
    }

    public void close(PlanId id, long expectedVersion, CurrentUser user) {
        FollowUpPlan plan = access.kept(id, user);
        plan.close(expectedVersion, user.personId(), clock.instant());
        plans.saveAndFlush(plan);
    }
}
