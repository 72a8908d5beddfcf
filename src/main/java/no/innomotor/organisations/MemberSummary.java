package no.innomotor.organisations;

import java.util.List;
import no.innomotor.shared.security.Role;

/** A person and the roles they hold in one organisation. */
public record MemberSummary(PersonSummary person, List<Role> roles) {

    public MemberSummary {
        roles = List.copyOf(roles);
    }
}
