package no.innomotor.organisations;

import java.time.Instant;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/** A role given but waiting for a second person's approval, as one who may approve it sees it. */
public record PendingRoleApproval(
        OrganisationId organisationId,
        String organisationName,
        PersonId personId,
        String personName,
        String personEmail,
        Role role,
        @Nullable String grantedByName,
        Instant requestedAt) {}
