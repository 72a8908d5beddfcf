package no.innomotor.organisations;

import java.util.List;
import no.innomotor.shared.security.Role;

/**
 * A person and the roles they hold in one organisation: {@code roles} count, {@code pendingRoles} wait for a second
 * person's approval and give no right yet.
 */
public record MemberSummary(PersonSummary person, List<Role> roles, List<Role> pendingRoles) {

    public MemberSummary {
        roles = List.copyOf(roles);
        pendingRoles = List.copyOf(pendingRoles);
    }

    public MemberSummary(PersonSummary person, List<Role> roles) {
        this(person, roles, List.of());
    }
}
