package no.innomotor.notices.web;

import java.util.List;
import no.innomotor.shared.actions.OpportunityAction;

/**
 * One opportunity's page (notices/opportunity.jte): the opportunity, and what the signed-in person may do with it as
 * other modules contribute it ({@code shared.actions.OpportunityActions}; none for someone not signed in).
 */
public record OpportunityPage(OpportunityView opportunity, List<OpportunityAction> actions) {

    static final String TEMPLATE = "notices/opportunity";

    public OpportunityPage {
        actions = List.copyOf(actions);
    }
}
