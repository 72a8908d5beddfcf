package no.innomotor.organisations;

import java.io.Serial;
import java.io.Serializable;

/**
 * A token just created, with its secret: the only time the secret exists outside the caller's hands. The profile page
 * shows it once, carried to the page after the redirect as a flash attribute; it is never in {@link #toString()}.
 */
public record CreatedAccessToken(AccessTokenSummary token, String secret) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return "CreatedAccessToken[" + token.id() + "]";
    }
}
