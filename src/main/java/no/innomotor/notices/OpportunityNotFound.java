package no.innomotor.notices;

import no.innomotor.shared.DomainException;

/** No opportunity has this id. */
public class OpportunityNotFound extends DomainException.NotFound {

    public OpportunityNotFound(OpportunityId id) {
        super("notices.opportunity.notFound", "No opportunity " + id);
    }
}
