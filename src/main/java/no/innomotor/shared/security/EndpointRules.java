package no.innomotor.shared.security;

import java.util.List;

/**
 * The declared rules of one module's endpoints, contributed as a bean beside its {@link AccessRules} (in the
 * module's web access class). Every endpoint the application maps must be named by exactly one rule: the
 * authorisation test (AuthorisationMatrixTests) fails on an endpoint nobody declared and checks each endpoint's
 * real outcome, for every role and anonymous, against its rule. Adding an endpoint: add one line here, e.g.
 * <pre>EndpointRule.roles(POST, "/projects/ID/pause", BUYER).ownOrganisation(BUYER)</pre>
 * with the pattern exactly as the controller maps it.
 */
@FunctionalInterface
public interface EndpointRules {

    List<EndpointRule> endpoints();
}
