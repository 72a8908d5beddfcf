package no.innomotor.audit.web;

import java.util.List;
import java.util.Optional;
import no.innomotor.audit.AuditManagement;
import no.innomotor.organisations.OrganisationSummary;
import org.springframework.validation.Errors;

/**
 * The administrators' audit log (audit/log.jte): the filter as given with its errors, what it can filter by
 * (organisations, object types, actions), and the page of records found (none while the filter has errors).
 */
public record AuditLogPage(
        AuditFilterForm filter,
        Errors errors,
        List<OrganisationSummary> organisations,
        List<AuditLogView.ObjectType> objectTypes,
        List<AuditManagement.ActionName> actions,
        Optional<AuditLogView> log) {

    static final String TEMPLATE = "audit/log";
}
