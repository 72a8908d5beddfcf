package no.innomotor.suppliers.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innomotor.shared.actions.OpportunityAction;
import no.innomotor.shared.actions.OpportunityActions;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.MarkKind;
import no.innomotor.suppliers.SupplierOpportunities;
import org.springframework.stereotype.Component;

/** A supplier person's buttons on an opportunity's page: follow, save and express interest, each on or off. */
@Component
class SupplierOpportunityActions implements OpportunityActions {

    private final SupplierOpportunities opportunities;

    SupplierOpportunityActions(SupplierOpportunities opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public List<OpportunityAction> actionsFor(CurrentUser user, UUID opportunity) {
        if (!user.hasRoleAnywhere(Role.SUPPLIER)) {
            return List.of();
        }
        Set<MarkKind> marks = opportunities.marksOn(opportunity, user);
        return List.of(
                action(opportunity, "follow", marks.contains(MarkKind.FOLLOW)),
                action(opportunity, "save", marks.contains(MarkKind.SAVE)),
                action(opportunity, "interest", marks.contains(MarkKind.INTEREST)));
    }

    private static OpportunityAction action(UUID opportunity, String kind, boolean on) {
        return new OpportunityAction(
                "suppliers.action." + kind + (on ? ".undo" : ""),
                "/my-opportunities/" + opportunity + "/" + kind,
                Map.of("on", String.valueOf(!on)),
                on ? "suppliers.action." + kind + ".state" : null);
    }
}
