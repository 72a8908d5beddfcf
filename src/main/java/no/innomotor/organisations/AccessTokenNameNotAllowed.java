package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** A token's name is what its owner tells it apart by: not blank, at most 100 characters. */
public class AccessTokenNameNotAllowed extends DomainException.RuleBroken {
    AccessTokenNameNotAllowed() {
        super("organisations.tokens.name.invalid", "Access token name blank or too long");
    }
}
