package no.innomotor.shared.actions;

import java.util.List;
import java.util.UUID;
import no.innomotor.shared.security.CurrentUser;

/**
 * A module's share of what a signed-in person may do on an opportunity's page (follow it, save it, express interest).
 * The notices module renders the opportunity and asks every bean of this type; a new module adds its actions
 * without touching the page. Each action is a POST form to the contributing module's own endpoint.
 */
public interface OpportunityActions {

    /** The actions for this person on this opportunity, in the order shown; empty when they have none. */
    List<OpportunityAction> actionsFor(CurrentUser user, UUID opportunity);
}
