package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

public class EmailAlreadyRegistered extends DomainException.RuleBroken {
    EmailAlreadyRegistered(String email) {
        super("error.person.emailTaken", "E-mail already registered");
    }
}
