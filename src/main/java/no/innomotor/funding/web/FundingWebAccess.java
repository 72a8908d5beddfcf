package no.innomotor.funding.web;

import static no.innomotor.shared.security.EndpointRule.roles;
import static no.innomotor.shared.security.EndpointRule.signedIn;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.EndpointRule;
import no.innomotor.shared.security.EndpointRules;
import no.innomotor.shared.security.NavigationItem;
import no.innomotor.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the funding pages. A project's funding: whoever reads the project (its organisation's buyers and top
 * leaders; advisers and administrators across organisations), kept by its buyers — the service checks the project.
 * An actor's portfolio: its own instrument-actor people, advisers and administrators; another actor's people are told
 * it does not exist (the service checks the organisation). The list of actors is for advisers and administrators.
 */
@Configuration(proxyBeanMethods = false)
class FundingWebAccess {

    private static final String[] PROJECT_READERS = {
        Role.BUYER.name(), Role.TOP_LEADER.name(), Role.ADVISER.name(), Role.ADMIN.name()
    };

    @Bean
    AccessRules fundingAccessRules() {
        return rules -> rules.requestMatchers("/projects/*/funding", "/projects/*/funding/**")
                .hasAnyRole(PROJECT_READERS)
                // As the projects' own API: any signed-in caller, a project it may not read is not found.
                .requestMatchers(HttpMethod.GET, "/api/v1/projects/*/funding")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/funding/portfolio")
                .hasRole(Role.INSTRUMENT_ACTOR.name())
                .requestMatchers(HttpMethod.GET, "/funding/actors")
                .hasAnyRole(Role.ADVISER.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/funding/actors/*", "/api/v1/funding/actors/*/portfolio")
                .hasAnyRole(Role.INSTRUMENT_ACTOR.name(), Role.ADVISER.name(), Role.ADMIN.name());
    }

    @Bean
    EndpointRules fundingEndpoints() {
        return () -> List.of(
                read(GET, "/projects/{id}/funding"),
                signedIn(GET, "/api/v1/projects/{id}/funding")
                        .ownOrganisation(Role.BUYER, Role.TOP_LEADER)
                        .acrossOrganisations(Role.ADVISER, Role.ADMIN),
                keep(POST, "/projects/{id}/funding/entries"),
                keep(GET, "/projects/{id}/funding/entries/{entryId}/edit"),
                keep(POST, "/projects/{id}/funding/entries/{entryId}"),
                keep(POST, "/projects/{id}/funding/entries/{entryId}/remove"),
                keep(POST, "/projects/{id}/funding/budget"),
                roles(GET, "/funding/actors", Role.ADVISER, Role.ADMIN),
                roles(GET, "/funding/portfolio", Role.INSTRUMENT_ACTOR),
                actor(GET, "/funding/actors/{organisationId}"),
                actor(GET, "/api/v1/funding/actors/{organisationId}/portfolio"));
    }

    private static EndpointRule read(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER, Role.TOP_LEADER, Role.ADVISER, Role.ADMIN)
                .ownOrganisation(Role.BUYER, Role.TOP_LEADER)
                .acrossOrganisations(Role.ADVISER, Role.ADMIN);
    }

    /** Advisers and administrators read every project's funding, so a command is refused (403), not hidden. */
    private static EndpointRule keep(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER, Role.TOP_LEADER, Role.ADVISER, Role.ADMIN)
                .ownOrganisation(Role.BUYER)
                .seenAcrossOrganisations(Role.ADVISER, Role.ADMIN);
    }

    private static EndpointRule actor(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.INSTRUMENT_ACTOR, Role.ADVISER, Role.ADMIN)
                .ownOrganisation(Role.INSTRUMENT_ACTOR)
                .acrossOrganisations(Role.ADVISER, Role.ADMIN);
    }

    @Bean
    NavigationItem fundingActorsNavigation() {
        return new NavigationItem(
                47,
                "/funding/actors",
                "funding.nav.actors",
                user -> user != null && (user.hasRoleAnywhere(Role.ADVISER) || user.isAdmin()));
    }

    /** An instrument actor's way to its own portfolio: the first organisation where the person holds the role. */
    @Bean
    NavigationItem fundingPortfolioNavigation() {
        return new NavigationItem(
                46,
                "/funding/portfolio",
                "funding.nav.portfolio",
                user -> user != null && user.hasRoleAnywhere(Role.INSTRUMENT_ACTOR));
    }
}
