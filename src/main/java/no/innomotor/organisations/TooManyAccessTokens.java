package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** A person holds at most {@link AccessTokensManagement#MAX_ACTIVE_TOKENS} active tokens at once. */
public class TooManyAccessTokens extends DomainException.RuleBroken {
    TooManyAccessTokens() {
        super(
                "organisations.tokens.tooMany",
                "Too many active access tokens",
                AccessTokensManagement.MAX_ACTIVE_TOKENS);
    }
}
