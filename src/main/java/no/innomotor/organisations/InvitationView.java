package no.innomotor.organisations;

import java.time.Instant;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A valid invitation as the person holding its link sees it. {@code accountExists} says whether they sign in to
 * accept, or create their account on the spot.
 */
public record InvitationView(
        OrganisationId organisationId,
        String organisationName,
        String email,
        Role role,
        @Nullable String invitedByName,
        Instant expiresAt,
        boolean accountExists) {}
