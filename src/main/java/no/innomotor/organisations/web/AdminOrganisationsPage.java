package no.innomotor.organisations.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.innomotor.organisations.OrganisationStatus;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.PendingRoleApproval;

/**
 * The administrators' organisations page (organisations/admin.jte): the approval queue, the role approvals waiting,
 * every organisation with the status filtered by (none: all), county names by NUTS code, and whether only the
 * filtered list is wanted (htmx, the status filter).
 */
public record AdminOrganisationsPage(
        Optional<OrganisationStatus> status,
        List<OrganisationSummary> queue,
        List<PendingRoleApproval> roleApprovals,
        List<OrganisationSummary> organisations,
        Map<String, String> counties,
        boolean fragment) {

    static final String TEMPLATE = "organisations/admin";

    /** The filter as a form value: the status's name, or empty for all. */
    public String statusQuery() {
        return status.map(Enum::name).orElse("");
    }
}
