package no.innomotor.organisations;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Membership;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a person signed in through OpenID Connect (ID-porten, Entra ID): the provider's tokens, and the
 * same person and memberships as a local sign-in gives.
 */
final class OidcSignedInPerson implements OidcUser, CurrentUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PersonId personId;
    private final String email;
    private final String displayName;
    private final List<Membership> memberships;
    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    OidcSignedInPerson(
            PersonId personId, String email, String displayName, List<Membership> memberships, OidcUser provided) {
        this.personId = personId;
        this.email = email;
        this.displayName = displayName;
        this.memberships = List.copyOf(memberships);
        this.idToken = provided.getIdToken();
        this.userInfo = provided.getUserInfo();
        this.claims = Map.copyOf(provided.getClaims());
    }

    /** The same provider session, with memberships read again. */
    OidcSignedInPerson withMemberships(String displayName, List<Membership> memberships) {
        return new OidcSignedInPerson(personId, email, displayName, memberships, this);
    }

    @Override
    public PersonId personId() {
        return personId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public List<Membership> memberships() {
        return memberships;
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    /** The same authorities as a local sign-in: the roles held in approved organisations. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> authorities = memberships.stream()
                .filter(Membership::approved)
                .flatMap(m -> m.roles().stream())
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .collect(Collectors.toSet());
        return authorities;
    }

    /** The principal's name is the e-mail address, as with a local sign-in. */
    @Override
    public String getName() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcSignedInPerson that && that.personId.equals(personId);
    }

    @Override
    public int hashCode() {
        return personId.hashCode();
    }

    @Override
    public String toString() {
        return "OidcSignedInPerson[" + personId + "]";
    }
}
