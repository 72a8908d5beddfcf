package no.innomotor.organisations;

import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.security.Role;

/** An invitation that has not been used yet, as its organisation's members see it (never with its link). */
public record InvitationSummary(UUID id, String email, Role role, Instant createdAt, Instant expiresAt) {

    static InvitationSummary of(Invitation invitation) {
        return new InvitationSummary(
                invitation.id(), invitation.email(), invitation.role(), invitation.createdAt(), invitation.expiresAt());
    }
}
