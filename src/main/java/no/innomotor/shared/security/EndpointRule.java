package no.innomotor.shared.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The declared rule for one endpoint (HTTP method and path pattern exactly as the controller maps it, e.g.
 * "/projects/{id}/edit"): who may reach it, and whether the object it names is checked against the person's
 * organisation. Modules contribute them with an {@link EndpointRules} bean beside their {@link AccessRules}; the
 * authorisation test crosses every mapped endpoint with every role, anonymous, and objects of the person's own and
 * of another organisation, and fails on an endpoint without a rule or an outcome the rule does not predict.
 *
 * <ul>
 *   <li>{@code anyone}: also anonymous. {@code signedIn}: any signed-in person. {@code roles}: a role held
 *       somewhere; anyone else is refused (403; anonymous is sent to sign in, or 401 under /api).</li>
 *   <li>{@code ownOrganisation(roles)}: the object is checked in the service. The roles given reach an object of
 *       their own organisation; an object of another organisation is not found (404), so its existence does not
 *       leak. Other roles the URL lets through are refused (403 or 404) also in their own organisation.</li>
 *   <li>{@code acrossOrganisations(roles)}: these roles reach the object whatever organisation owns it (ADMIN,
 *       ADVISER for reading projects).</li>
 *   <li>{@code seenAcrossOrganisations(roles)}: these roles may see the object whatever organisation owns it but not
 *       act on it, so they are refused (403) in every organisation: telling them it does not exist would be untrue.
 *       A command on a project that advisers read is the case.</li>
 *   <li>{@code byKey}: the path names its object by a secret (an invitation or reset token); an unknown key is
 *       not found (404), which still counts as reached.</li>
 * </ul>
 */
public record EndpointRule(
        HttpMethod method,
        String pattern,
        Who who,
        Set<Role> roles,
        ObjectCheck object,
        Set<Role> ownRoles,
        Set<Role> acrossRoles,
        Set<Role> seeingRoles) {

    public enum Who {
        ANYONE,
        SIGNED_IN,
        ROLES
    }

    public enum ObjectCheck {
        NONE,
        OWN_ORGANISATION,
        BY_KEY
    }

    public EndpointRule {
        roles = Set.copyOf(roles);
        ownRoles = Set.copyOf(ownRoles);
        acrossRoles = Set.copyOf(acrossRoles);
        seeingRoles = Set.copyOf(seeingRoles);
    }

    public static EndpointRule anyone(HttpMethod method, String pattern) {
        return new EndpointRule(method, pattern, Who.ANYONE, Set.of(), ObjectCheck.NONE, Set.of(), Set.of(), Set.of());
    }

    public static EndpointRule signedIn(HttpMethod method, String pattern) {
        return new EndpointRule(
                method, pattern, Who.SIGNED_IN, Set.of(), ObjectCheck.NONE, Set.of(), Set.of(), Set.of());
    }

    public static EndpointRule roles(HttpMethod method, String pattern, Role... roles) {
        return new EndpointRule(method, pattern, Who.ROLES, set(roles), ObjectCheck.NONE, Set.of(), Set.of(), Set.of());
    }

    /** The object is checked: these roles reach it in their own organisation, nobody in another (404). */
    public EndpointRule ownOrganisation(Role... own) {
        return new EndpointRule(
                method, pattern, who, roles, ObjectCheck.OWN_ORGANISATION, set(own), acrossRoles, seeingRoles);
    }

    /** These roles reach the object whichever organisation owns it. */
    public EndpointRule acrossOrganisations(Role... across) {
        return new EndpointRule(
                method, pattern, who, roles, ObjectCheck.OWN_ORGANISATION, ownRoles, set(across), seeingRoles);
    }

    /** These roles see the object whichever organisation owns it, but may not act on it: refused (403) everywhere. */
    public EndpointRule seenAcrossOrganisations(Role... seeing) {
        return new EndpointRule(
                method, pattern, who, roles, ObjectCheck.OWN_ORGANISATION, ownRoles, acrossRoles, set(seeing));
    }

    /** The path names its object by a secret key; an unknown key is not found and still counts as reached. */
    public EndpointRule byKey() {
        return new EndpointRule(method, pattern, who, roles, ObjectCheck.BY_KEY, ownRoles, acrossRoles, seeingRoles);
    }

    /** Whether a person with this role passes the URL rule (null: anonymous). */
    public boolean letsThrough(Role role) {
        return switch (who) {
            case ANYONE -> true;
            case SIGNED_IN -> role != null;
            case ROLES -> role != null && roles.contains(role);
        };
    }

    /** "GET /projects/{id}", as the test names an endpoint. */
    public String endpoint() {
        return method.name() + " " + pattern;
    }

    private static Set<Role> set(Role... roles) {
        return roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
    }
}
