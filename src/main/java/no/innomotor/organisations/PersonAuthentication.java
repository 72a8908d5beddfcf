package no.innomotor.organisations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Membership;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authentications for people, for the web layer to keep in the session: a fresh one right after someone registered
 * or accepted an invitation, and the current one with memberships read again, so a role granted, an organisation
 * approved or rejected counts from the next request rather than from the next sign-in.
 */
@Component
@Transactional(readOnly = true)
public class PersonAuthentication {

    private final PersonRepository people;
    private final PersonDetailsService details;

    PersonAuthentication(PersonRepository people, PersonDetailsService details) {
        this.people = people;
        this.details = details;
    }

    /** The person as signed in now, as a local sign-in with their password would give (credentials not kept). */
    public Authentication signedIn(PersonId personId) {
        Person person = people.findById(personId.value())
                .filter(Person::enabled)
                .orElseThrow(() -> new IllegalStateException("No enabled person " + personId));
        SignedInPerson principal = principalOf(person);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /**
     * {@code current} with the person's name and memberships read again: the same object when nothing changed,
     * a new one when something did, and null when the person no longer exists or is disabled (sign them out).
     * Authentications of anything but a person are returned as they are.
     */
    public @Nullable Authentication refreshed(Authentication current) {
        Object principal = current.getPrincipal();
        if (principal instanceof SignedInPerson local) {
            PersonDetailsService.Access access = enabled(local.personId());
            if (access == null) {
                return null;
            }
            if (same(local.displayName(), local.memberships(), access.displayName(), access.memberships())) {
                return current;
            }
            Person person = people.findById(local.personId().value()).orElse(null);
            if (person == null) {
                return null;
            }
            SignedInPerson fresh = principalOf(person, access.memberships());
            return UsernamePasswordAuthenticationToken.authenticated(
                    fresh, null, keepingFactors(current, fresh.getAuthorities()));
        }
        if (principal instanceof OidcSignedInPerson oidc && current instanceof OAuth2AuthenticationToken token) {
            PersonDetailsService.Access access = enabled(oidc.personId());
            if (access == null) {
                return null;
            }
            if (same(oidc.displayName(), oidc.memberships(), access.displayName(), access.memberships())) {
                return current;
            }
            OidcSignedInPerson fresh = oidc.withMemberships(access.displayName(), access.memberships());
            return new OAuth2AuthenticationToken(
                    fresh, keepingFactors(current, fresh.getAuthorities()), token.getAuthorizedClientRegistrationId());
        }
        return current;
    }

    /** The person's name and memberships in one statement; null when they no longer exist or are disabled. */
    private PersonDetailsService.@Nullable Access enabled(PersonId person) {
        return details.access(person.value())
                .filter(PersonDetailsService.Access::enabled)
                .orElse(null);
    }

    private SignedInPerson principalOf(Person person) {
        return principalOf(person, details.membershipsOf(person.id().value()));
    }

    private SignedInPerson principalOf(Person person, List<Membership> memberships) {
        return new SignedInPerson(
                person.id(), person.email(), person.displayName(), null, person.enabled(), memberships);
    }

    private static boolean same(
            String name, List<Membership> memberships, String freshName, List<Membership> freshMemberships) {
        return name.equals(freshName) && memberships.equals(freshMemberships);
    }

    /** Role authorities come from the memberships; any other authority of the sign-in (how it was made) is kept. */
    private static Set<GrantedAuthority> keepingFactors(
            Authentication current, java.util.Collection<? extends GrantedAuthority> roles) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(roles);
        for (GrantedAuthority authority : current.getAuthorities()) {
            String name = authority.getAuthority();
            if (name == null || !name.startsWith("ROLE_")) {
                authorities.add(authority);
            }
        }
        return authorities;
    }
}
