package no.innomotor.organisations;

import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/** Events the organisations module publishes about its own aggregates. */
public final class OrganisationEvents {

    private OrganisationEvents() {}

    public record OrganisationRegistered(
            @Nullable PersonId actor, OrganisationId organisation, String name, OrganisationType type,
            OrganisationStatus status) implements AuditableEvent {
        @Override public String objectType() { return "organisation"; }
        @Override public String objectId() { return organisation.toString(); }
        @Override public String summary() { return "Registered " + name + " (" + type + "), status " + status; }
    }

    public record OrganisationApproved(@Nullable PersonId actor, OrganisationId organisation, String name)
            implements AuditableEvent {
        @Override public String objectType() { return "organisation"; }
        @Override public String objectId() { return organisation.toString(); }
        @Override public String summary() { return "Approved " + name; }
    }

    public record OrganisationRejected(@Nullable PersonId actor, OrganisationId organisation, String name)
            implements AuditableEvent {
        @Override public String objectType() { return "organisation"; }
        @Override public String objectId() { return organisation.toString(); }
        @Override public String summary() { return "Rejected " + name; }
    }

    public record PersonRegistered(@Nullable PersonId actor, PersonId person, String email)
            implements AuditableEvent {
        @Override public @Nullable OrganisationId organisation() { return null; }
        @Override public String objectType() { return "person"; }
        @Override public String objectId() { return person.toString(); }
        @Override public String summary() { return "Account created for " + email; }
    }

    public record RoleGranted(@Nullable PersonId actor, OrganisationId organisation, PersonId person, Role role)
            implements AuditableEvent {
        @Override public String objectType() { return "person"; }
        @Override public String objectId() { return person.toString(); }
        @Override public String summary() { return "Granted role " + role; }
    }
}
