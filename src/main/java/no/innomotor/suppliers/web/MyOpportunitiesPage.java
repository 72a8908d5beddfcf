package no.innomotor.suppliers.web;

import java.util.List;
import no.innomotor.suppliers.MarkedOpportunity;
import no.innomotor.suppliers.SupplierAlert;

/**
 * A supplier person's opportunities (suppliers/myOpportunities.jte): the newest alerts with why each matched, and the
 * opportunities they follow, saved or expressed interest in.
 */
public record MyOpportunitiesPage(List<SupplierAlert> alerts, List<MarkedOpportunity> marked) {

    static final String TEMPLATE = "suppliers/myOpportunities";

    public MyOpportunitiesPage {
        alerts = List.copyOf(alerts);
        marked = List.copyOf(marked);
    }
}
