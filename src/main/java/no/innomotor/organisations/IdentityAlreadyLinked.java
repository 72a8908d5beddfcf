package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** The person has already linked an identity at this provider; they unlink it first to link another. */
public class IdentityAlreadyLinked extends DomainException.RuleBroken {
    IdentityAlreadyLinked() {
        super("organisations.profile.link.already", "Provider already linked");
    }
}
