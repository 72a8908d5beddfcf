package no.innomotor.followup;

import no.innomotor.followup.FollowUpExceptions.OwnCompany;
import no.innomotor.followup.FollowUpExceptions.PlanNotFound;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is what to a follow-up plan. The support apparatus spans organisations (advisers sit in directorates, county
 * councils, Innovation Norway), so any adviser on the platform keeps any company's plan, as advisers read every
 * organisation's projects. Nobody keeps a plan for themselves: an adviser who belongs to the company (any
 * membership, approved or not) does not keep its plan, and is refused with a message saying so. The company's own
 * people (its suppliers) read the plan and comment on it; anyone else is told there is no such plan (404).
 */
@Component
class FollowUpAccess {

    private final FollowUpPlanRepository plans;

    FollowUpAccess(FollowUpPlanRepository plans) {
        this.plans = plans;
    }

    static boolean adviser(CurrentUser user) {
        return user.hasRoleAnywhere(Role.ADVISER);
    }

    /** A person of the company: someone with the supplier role in it. */
    static boolean ofCompany(CurrentUser user, OrganisationId company) {
        return user.hasRole(company, Role.SUPPLIER);
    }

    static boolean belongsTo(CurrentUser user, OrganisationId company) {
        return user.memberships().stream().anyMatch(m -> m.organisationId().equals(company));
    }

    /** An adviser outside the company keeps its plan. */
    static boolean keeps(CurrentUser user, OrganisationId company) {
        return adviser(user) && !belongsTo(user, company);
    }

    /** Refuses an adviser of the company itself with the message that says why; someone who is no adviser: 403. */
    static void mayKeep(CurrentUser user, OrganisationId company) {
        if (!adviser(user)) {
            throw new AccessDeniedException("Only advisers keep follow-up plans");
        }
        if (belongsTo(user, company)) {
            throw new OwnCompany(company);
        }
    }

    /** The plan as one of its readers sees it: not found for anyone else. */
    FollowUpPlan readable(PlanId id, CurrentUser user) {
        FollowUpPlan plan = plans.findById(id.value()).orElseThrow(() -> new PlanNotFound(id));
        if (!ofCompany(user, plan.company()) && !keeps(user, plan.company())) {
            throw new PlanNotFound(id);
        }
        return plan;
    }

    /** The plan for a command only its keepers give: a reader who is no keeper is refused, anyone else not told. */
    FollowUpPlan kept(PlanId id, CurrentUser user) {
        FollowUpPlan plan = plans.findById(id.value()).orElseThrow(() -> new PlanNotFound(id));
        if (keeps(user, plan.company())) {
            return plan;
        }
        if (adviser(user) && belongsTo(user, plan.company())) {
            throw new OwnCompany(plan.company());
        }
        if (ofCompany(user, plan.company())) {
            throw new AccessDeniedException("The company reads and comments on its plan; the adviser keeps it");
        }
        throw new PlanNotFound(id);
    }
}
