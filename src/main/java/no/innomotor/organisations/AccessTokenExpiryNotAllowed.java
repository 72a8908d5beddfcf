package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** A token lives for one of {@link AccessTokensManagement#VALID_FOR_DAYS} days; never for ever. */
public class AccessTokenExpiryNotAllowed extends DomainException.RuleBroken {
    AccessTokenExpiryNotAllowed(int days) {
        super("organisations.tokens.expiry.invalid", "Access token expiry not allowed: " + days + " days");
    }
}
