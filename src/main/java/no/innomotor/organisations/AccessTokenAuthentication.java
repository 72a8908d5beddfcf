package no.innomotor.organisations;

import java.io.Serial;
import java.util.UUID;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated with a personal access token: the token's person as a session would have them (memberships
 * read when the request came in, so a role granted or withdrawn counts from the next request on), and the token's
 * scope. Lives for one request only; it is never kept in a session.
 */
public final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInPerson person;
    private final UUID tokenId;
    private final AccessTokenScope scope;

    AccessTokenAuthentication(SignedInPerson person, UUID tokenId, AccessTokenScope scope) {
        super(person.getAuthorities());
        this.person = person;
        this.tokenId = tokenId;
        this.scope = scope;
        setAuthenticated(true);
    }

    @Override
    public CurrentUser getPrincipal() {
        return person;
    }

    /** The secret is not kept: nothing to hand out. */
    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return person.email();
    }

    public UUID tokenId() {
        return tokenId;
    }

    public AccessTokenScope scope() {
        return scope;
    }

    /** The person's e-mail address: the key their sign-in lock-out is counted under. */
    public String email() {
        return person.email();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessTokenAuthentication that
                && that.tokenId.equals(tokenId)
                && that.person.equals(person)
                && super.equals(other);
    }

    @Override
    public int hashCode() {
        return tokenId.hashCode();
    }
}
