package no.innomotor.followup;

import no.innomotor.shared.DomainException;

/** Someone saved the plan after the version the person edited; the form is shown again with what they typed. */
public class PlanChangedConcurrently extends DomainException.Conflict {

    PlanChangedConcurrently(PlanId id) {
        super("followup.error.concurrent", "Plan " + id + " changed concurrently");
    }
}
