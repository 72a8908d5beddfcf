package no.innomotor.instruments.web;

import static no.innomotor.shared.security.EndpointRule.anyone;
import static no.innomotor.shared.security.EndpointRule.roles;
import static no.innomotor.shared.security.EndpointRule.signedIn;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.EndpointRules;
import no.innomotor.shared.security.NavigationItem;
import no.innomotor.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the instrument pages and API. The published catalogue, its free-description matching and the
 * national overview are public: they hold nothing but what actors publish for everyone, and the overview is meant for
 * anyone who plans or funds innovation (ministries, counties, the press) without an account. An instrument actor's
 * people add, edit and publish their own instruments (the service checks the organisation; another actor's draft is
 * not found); advisers edit any working copy but never publish, so publishing refuses them (403). A supplier matches
 * its own company; a project's matches follow the project's own rule (its buyers and top leaders, advisers,
 * administrators), which the projects module states for /projects/** and /api/v1/projects/**.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentsWebAccess {

    @Bean
    AccessRules instrumentsAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/instruments/new")
                .hasRole(Role.INSTRUMENT_ACTOR.name())
                .requestMatchers(HttpMethod.POST, "/instruments")
                .hasRole(Role.INSTRUMENT_ACTOR.name())
                .requestMatchers(HttpMethod.POST, "/instruments/*/publish")
                .hasAnyRole(Role.INSTRUMENT_ACTOR.name(), Role.ADVISER.name())
                .requestMatchers("/instruments/kept", "/instruments/*/edit")
                .hasAnyRole(Role.INSTRUMENT_ACTOR.name(), Role.ADVISER.name())
                .requestMatchers(HttpMethod.GET, "/instruments/for-my-company")
                .hasRole(Role.SUPPLIER.name())
                .requestMatchers(
                        HttpMethod.GET,
                        "/instruments",
                        "/instruments/match",
                        "/instruments/overview",
                        "/instruments/*",
                        "/api/v1/instruments",
                        "/api/v1/instruments/*")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/projects/*/instruments")
                .hasAnyRole(Role.BUYER.name(), Role.TOP_LEADER.name(), Role.ADVISER.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/projects/*/instrument-matches")
                .authenticated();
    }

    @Bean
    EndpointRules instrumentsEndpoints() {
        return () -> List.of(
                anyone(GET, "/instruments"),
                anyone(GET, "/instruments/match"),
                anyone(GET, "/instruments/overview"),
                anyone(GET, "/instruments/{id}"),
                roles(GET, "/instruments/kept", Role.INSTRUMENT_ACTOR, Role.ADVISER),
                roles(GET, "/instruments/for-my-company", Role.SUPPLIER),
                roles(GET, "/instruments/new", Role.INSTRUMENT_ACTOR),
                roles(POST, "/instruments", Role.INSTRUMENT_ACTOR),
                roles(GET, "/instruments/{id}/edit", Role.INSTRUMENT_ACTOR, Role.ADVISER)
                        .ownOrganisation(Role.INSTRUMENT_ACTOR)
                        .acrossOrganisations(Role.ADVISER),
                roles(POST, "/instruments/{id}/edit", Role.INSTRUMENT_ACTOR, Role.ADVISER)
                        .ownOrganisation(Role.INSTRUMENT_ACTOR)
                        .acrossOrganisations(Role.ADVISER),
                roles(POST, "/instruments/{id}/publish", Role.INSTRUMENT_ACTOR, Role.ADVISER)
                        .ownOrganisation(Role.INSTRUMENT_ACTOR)
                        .seenAcrossOrganisations(Role.ADVISER),
                roles(GET, "/projects/{id}/instruments", Role.BUYER, Role.TOP_LEADER, Role.ADVISER, Role.ADMIN)
                        .ownOrganisation(Role.BUYER, Role.TOP_LEADER)
                        .acrossOrganisations(Role.ADVISER, Role.ADMIN),
                anyone(GET, "/api/v1/instruments"),
                anyone(GET, "/api/v1/instruments/{id}"),
                signedIn(GET, "/api/v1/projects/{projectId}/instrument-matches")
                        .ownOrganisation(Role.BUYER, Role.TOP_LEADER)
                        .acrossOrganisations(Role.ADVISER, Role.ADMIN));
    }

    @Bean
    NavigationItem instrumentsNavigation() {
        return new NavigationItem(50, "/instruments", "instruments.nav.catalogue", user -> true);
    }

    @Bean
    NavigationItem keptInstrumentsNavigation() {
        return new NavigationItem(
                51,
                "/instruments/kept",
                "instruments.nav.kept",
                user -> user != null
                        && (user.hasRoleAnywhere(Role.INSTRUMENT_ACTOR) || user.hasRoleAnywhere(Role.ADVISER)));
    }

    @Bean
    NavigationItem companyInstrumentsNavigation() {
        return NavigationItem.forRole(52, "/instruments/for-my-company", "instruments.nav.forMyCompany", Role.SUPPLIER);
    }
}
