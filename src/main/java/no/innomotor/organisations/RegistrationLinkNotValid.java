package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** The registration link is unknown, expired or used, or what it would register exists by now: one answer for all. */
public class RegistrationLinkNotValid extends DomainException.NotFound {
    RegistrationLinkNotValid() {
        super("organisations.register.confirm.notValid", "Registration link unknown, expired, used or overtaken");
    }
}
