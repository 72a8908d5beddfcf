package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** No such role to approve, refuse or withdraw, or not one this person may decide on (reported alike). */
public class RoleGrantNotFound extends DomainException.NotFound {
    public RoleGrantNotFound() {
        super("organisations.error.roleGrantNotFound", "No role grant this person may decide on");
    }
}
