package no.innomotor.organisations;

import java.util.Locale;
import java.util.Map;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.AuditableEvent.Label;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A role was given that counts only after a second person approves it (TOP_LEADER). {@code actor} is the person
 * who granted it; {@code locale} the language of the request, for the mail to those who may approve
 * ({@link OrganisationsManagement#approversOf}).
 */
public record RoleApprovalRequested(
        @Nullable PersonId actor,
        OrganisationId organisationId,
        String organisationName,
        PersonId personId,
        String personName,
        Role role,
        Locale locale)
        implements AuditableEvent {

    @Override
    public OrganisationId organisation() {
        return organisationId;
    }

    @Override
    public String action() {
        return "role.approval-requested";
    }

    @Override
    public Map<String, @Nullable Object> details() {
        return AuditableEvent.parameters(
                "role", new Label("role." + role.name()), "person", personName, "organisation", organisationName);
    }

    @Override
    public String objectType() {
        return "person";
    }

    @Override
    public String objectId() {
        return personId.toString();
    }

    @Override
    public String summary() {
        return "Role " + role + " waits for approval";
    }
}
