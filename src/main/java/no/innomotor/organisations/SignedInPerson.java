package no.innomotor.organisations;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Membership;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a person signed in with a local account. */
final class SignedInPerson implements UserDetails, CurrentUser, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PersonId personId;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final List<Membership> memberships;

    SignedInPerson(
            PersonId personId,
            String email,
            String displayName,
            @Nullable String passwordHash,
            boolean enabled,
            List<Membership> memberships) {
        this.personId = personId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.memberships = List.copyOf(memberships);
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

    /** Authorities name the roles held anywhere (ROLE_BUYER …), for coarse URL rules; fine checks use memberships. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> authorities = memberships.stream()
                .filter(Membership::approved)
                .flatMap(m -> m.roles().stream())
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .collect(Collectors.toSet());
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInPerson that && that.personId.equals(personId);
    }

    @Override
    public int hashCode() {
        return personId.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInPerson[" + personId + "]";
    }
}
