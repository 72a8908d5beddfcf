package no.innomotor.followup;

import no.innomotor.shared.DomainException;
import no.innomotor.shared.OrganisationId;

/** What the follow-up module refuses; each names a message key the reader's language renders. */
final class FollowUpExceptions {

    private FollowUpExceptions() {}

    /** No such plan, or the person may not know it exists (another company's plan). */
    static final class PlanNotFound extends DomainException.NotFound {
        PlanNotFound(PlanId id) {
            super("followup.error.notFound", "No visible follow-up plan " + id);
        }
    }

    /** No such supplier company with a profile the adviser may see. */
    static final class CompanyNotFound extends DomainException.NotFound {
        CompanyNotFound(OrganisationId id) {
            super("followup.error.companyNotFound", "No supplier company " + id + " to follow up");
        }
    }

    static final class StepNotFound extends DomainException.NotFound {
        StepNotFound(StepId id) {
            super("followup.error.stepNotFound", "No next step " + id + " in the plan");
        }
    }

    /** One open plan per company. */
    static final class PlanAlreadyOpen extends DomainException.Conflict {
        PlanAlreadyOpen(OrganisationId company) {
            super("followup.error.alreadyOpen", "Company " + company + " has an open plan already");
        }
    }

    /** A closed plan is history: nothing is added to it. */
    static final class PlanClosed extends DomainException.Conflict {
        PlanClosed(PlanId id) {
            super("followup.error.closed", "Plan " + id + " is closed");
        }
    }

    /** No grant to oneself: an adviser who belongs to the company does not keep its plan. */
    static final class OwnCompany extends DomainException.RuleBroken {
        OwnCompany(OrganisationId company) {
            super("followup.error.ownCompany", "The adviser belongs to company " + company);
        }
    }

    /** The company's people mark done only the steps that are theirs. */
    static final class NotYourStep extends DomainException.RuleBroken {
        NotYourStep(StepId id) {
            super("followup.error.notYourStep", "Step " + id + " is the adviser's");
        }
    }
}
