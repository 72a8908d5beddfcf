package no.innomotor.organisations;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.AuditableEvent.Label;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/** Events the organisations module publishes about its own aggregates. */
public final class OrganisationEvents {

    private OrganisationEvents() {}

    public record OrganisationRegistered(
            @Nullable PersonId actor,
            OrganisationId organisation,
            String name,
            OrganisationType type,
            OrganisationStatus status)
            implements AuditableEvent {
        @Override
        public String action() {
            return "organisation.registered";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "name",
                    name,
                    "type",
                    new Label("organisations.type." + type.name()),
                    "status",
                    new Label("organisations.status." + status.name()));
        }

        @Override
        public String objectType() {
            return "organisation";
        }

        @Override
        public String objectId() {
            return organisation.toString();
        }

        @Override
        public String summary() {
            return "Registered " + name + " (" + type + "), status " + status;
        }
    }

    public record OrganisationApproved(@Nullable PersonId actor, OrganisationId organisation, String name)
            implements AuditableEvent {
        @Override
        public String action() {
            return "organisation.approved";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("name", name);
        }

        @Override
        public String objectType() {
            return "organisation";
        }

        @Override
        public String objectId() {
            return organisation.toString();
        }

        @Override
        public String summary() {
            return "Approved " + name;
        }
    }

    public record OrganisationRejected(@Nullable PersonId actor, OrganisationId organisation, String name)
            implements AuditableEvent {
        @Override
        public String action() {
            return "organisation.rejected";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("name", name);
        }

        @Override
        public String objectType() {
            return "organisation";
        }

        @Override
        public String objectId() {
            return organisation.toString();
        }

        @Override
        public String summary() {
            return "Rejected " + name;
        }
    }

    public record PersonRegistered(@Nullable PersonId actor, PersonId person, String email) implements AuditableEvent {
        @Override
        public String action() {
            return "person.registered";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("email", email);
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Account created for " + email;
        }
    }

    public record RoleGranted(@Nullable PersonId actor, OrganisationId organisation, PersonId person, Role role)
            implements AuditableEvent {
        @Override
        public String action() {
            return "role.granted";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("role", new Label("role." + role.name()));
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Granted role " + role;
        }
    }

    /** A second person approved a role that waited for approval: it counts from now on. */
    public record RoleApproved(@Nullable PersonId actor, OrganisationId organisation, PersonId person, Role role)
            implements AuditableEvent {
        @Override
        public String action() {
            return "role.approved";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("role", new Label("role." + role.name()));
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Approved role " + role;
        }
    }

    /** A second person refused a role that waited for approval: it never counted and is gone. */
    public record RoleRefused(@Nullable PersonId actor, OrganisationId organisation, PersonId person, Role role)
            implements AuditableEvent {
        @Override
        public String action() {
            return "role.refused";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("role", new Label("role." + role.name()));
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Refused role " + role;
        }
    }

    /** A role was withdrawn: it stops counting on the person's next request. */
    public record RoleWithdrawn(@Nullable PersonId actor, OrganisationId organisation, PersonId person, Role role)
            implements AuditableEvent {
        @Override
        public String action() {
            return "role.withdrawn";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("role", new Label("role." + role.name()));
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Withdrew role " + role;
        }
    }

    /**
     * A person was invited by e-mail to join an organisation. Carries what the invitation mail needs, in the language
     * of the person who invited; the accept link holds the secret token, so it is kept out of the audit summary and
     * of {@link #toString()}.
     */
    public record MemberInvited(
            @Nullable PersonId actor,
            OrganisationId organisation,
            UUID invitation,
            String email,
            String organisationName,
            Role role,
            @Nullable String invitedByName,
            String acceptLink,
            Instant expiresAt,
            Locale locale)
            implements AuditableEvent {
        @Override
        public String action() {
            return "invitation.sent";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "email",
                    email,
                    "organisation",
                    organisationName,
                    "role",
                    new Label("role." + role.name()),
                    "expiresAt",
                    expiresAt);
        }

        @Override
        public String objectType() {
            return "invitation";
        }

        @Override
        public String objectId() {
            return invitation.toString();
        }

        @Override
        public String summary() {
            return "Invited " + email + " to " + organisationName + " as " + role;
        }

        @Override
        public String toString() {
            return "MemberInvited[" + invitation + ", " + role + "]";
        }
    }

    /** An invitation was used: the person now holds the role (a {@link RoleGranted} follows). */
    public record InvitationAccepted(
            @Nullable PersonId actor, OrganisationId organisation, UUID invitation, PersonId person, Role role)
            implements AuditableEvent {
        @Override
        public String action() {
            return "invitation.accepted";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("role", new Label("role." + role.name()));
        }

        @Override
        public String objectType() {
            return "invitation";
        }

        @Override
        public String objectId() {
            return invitation.toString();
        }

        @Override
        public String summary() {
            return "Invitation accepted, role " + role;
        }
    }

    /**
     * Someone registered with an address that has no account yet: the link that confirms the address and creates the
     * organisation and the account is mailed to it. Not audited (nothing exists yet; the registration is, once
     * confirmed). The link holds the secret token: never in {@link #toString()}.
     */
    public record RegistrationConfirmationRequested(
            String email,
            String personName,
            String organisationName,
            String confirmLink,
            Instant expiresAt,
            Locale locale) {
        @Override
        public String toString() {
            return "RegistrationConfirmationRequested[" + organisationName + "]";
        }
    }

    /**
     * Someone registered with the address of an existing account. The page answered as for a new address; the owner
     * is told by mail, with where to sign in or reset the password. Nothing is created.
     */
    public record RegistrationTriedForKnownAddress(PersonId person, String email, Locale locale)
            implements AuditableEvent {
        @Override
        public String action() {
            return "registration.known-address";
        }

        /** The attempt comes from whoever typed the address, not necessarily the person. */
        @Override
        public @Nullable PersonId actor() {
            return null;
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Registration tried with the address of an existing account";
        }

        @Override
        public String toString() {
            return "RegistrationTriedForKnownAddress[" + person + "]";
        }
    }

    /**
     * Someone asked for a password-reset link for an existing account. Published only when the account exists (the
     * page answers the same either way). The link holds the secret token: never in the summary or
     * {@link #toString()}.
     */
    public record PasswordResetRequested(
            PersonId person, String email, String resetLink, Instant expiresAt, Locale locale)
            implements AuditableEvent {
        @Override
        public String action() {
            return "password.reset-requested";
        }

        /** The request comes from whoever typed the address, not necessarily the person. */
        @Override
        public @Nullable PersonId actor() {
            return null;
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Password reset link requested";
        }

        @Override
        public String toString() {
            return "PasswordResetRequested[" + person + "]";
        }
    }

    /**
     * A person set a new password, through a reset link or on their profile page. Every other session of the person
     * ends (see the platform's session handling).
     */
    public record PasswordChanged(@Nullable PersonId actor, PersonId person, boolean throughResetLink)
            implements AuditableEvent {
        @Override
        public String action() {
            return "password.changed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "how",
                    new Label(
                            throughResetLink ? "audit.value.password.resetLink" : "audit.value.password.profilePage"));
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return throughResetLink ? "Password changed with a reset link" : "Password changed on the profile page";
        }
    }

    /**
     * A person linked a sign-in identity at an OpenID Connect provider to their account. The provider's subject
     * identifier is not part of the record.
     */
    public record IdentityLinked(@Nullable PersonId actor, PersonId person, UUID identity, String registrationId)
            implements AuditableEvent {
        @Override
        public String action() {
            return "identity.linked";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("provider", registrationId);
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Linked sign-in through " + registrationId;
        }
    }

    /** A person removed a linked sign-in identity: signing in with it no longer reaches the account. */
    public record IdentityUnlinked(@Nullable PersonId actor, PersonId person, UUID identity, String registrationId)
            implements AuditableEvent {
        @Override
        public String action() {
            return "identity.unlinked";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("provider", registrationId);
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Unlinked sign-in through " + registrationId;
        }
    }

    /**
     * A person created a personal access token for the API. Name, scope and expiry only: never the secret or its hash.
     */
    public record AccessTokenCreated(
            @Nullable PersonId actor,
            PersonId person,
            UUID token,
            String name,
            AccessTokenScope scope,
            Instant expiresAt)
            implements AuditableEvent {
        @Override
        public String action() {
            return "access-token.created";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "name",
                    name,
                    "scope",
                    new Label("organisations.tokens.scope." + scope.name()),
                    "expiresAt",
                    expiresAt);
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Created access token " + name + " (" + scope + ")";
        }
    }

    /** A person revoked one of their access tokens: it is refused from now on. (Expiry is no event.) */
    public record AccessTokenRevoked(
            @Nullable PersonId actor, PersonId person, UUID token, String name, AccessTokenScope scope)
            implements AuditableEvent {
        @Override
        public String action() {
            return "access-token.revoked";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "name", name, "scope", new Label("organisations.tokens.scope." + scope.name()));
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "person";
        }

        @Override
        public String objectId() {
            return person.toString();
        }

        @Override
        public String summary() {
            return "Revoked access token " + name;
        }
    }
}
