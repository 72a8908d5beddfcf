package no.innomotor.knowledge.web;

import static no.innomotor.shared.security.EndpointRule.anyone;
import static no.innomotor.shared.security.EndpointRule.roles;
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
 * Who may reach the case library and the solution catalogue. Published cases and listed solutions are public, pages
 * and API alike. A project's case (a draft until published) follows the project's own rule, which the projects
 * module states for /projects/**: its buyers and top leaders, advisers and administrators read it; its buyers alone
 * build, write and publish it and list the solution (the service checks the project, so advisers are refused, not
 * hidden). Buyers follow solutions and record adoptions for their organisations.
 */
@Configuration(proxyBeanMethods = false)
class CaseWebAccess {

    @Bean
    AccessRules caseAccessRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET,
                        "/cases",
                        "/cases/*",
                        "/solutions",
                        "/solutions/*",
                        "/api/v1/cases",
                        "/api/v1/cases/*",
                        "/api/v1/solutions",
                        "/api/v1/solutions/*")
                .permitAll()
                .requestMatchers(
                        HttpMethod.POST, "/solutions/*/follow", "/solutions/*/unfollow", "/solutions/*/adoptions")
                .hasRole(Role.BUYER.name());
    }

    @Bean
    EndpointRules caseEndpoints() {
        return () -> List.of(
                anyone(GET, "/cases"),
                anyone(GET, "/cases/{id}"),
                anyone(GET, "/api/v1/cases"),
                anyone(GET, "/api/v1/cases/{id}"),
                anyone(GET, "/solutions"),
                anyone(GET, "/solutions/{id}"),
                anyone(GET, "/api/v1/solutions"),
                anyone(GET, "/api/v1/solutions/{id}"),
                roles(GET, "/projects/{id}/case", Role.BUYER, Role.TOP_LEADER, Role.ADVISER, Role.ADMIN)
                        .ownOrganisation(Role.BUYER, Role.TOP_LEADER)
                        .acrossOrganisations(Role.ADVISER, Role.ADMIN),
                keep(POST, "/projects/{id}/case/build"),
                keep(POST, "/projects/{id}/case/lessons"),
                keep(POST, "/projects/{id}/case/publish"),
                keep(POST, "/projects/{id}/solution"),
                roles(POST, "/solutions/{id}/follow", Role.BUYER),
                roles(POST, "/solutions/{id}/unfollow", Role.BUYER),
                roles(POST, "/solutions/{id}/adoptions", Role.BUYER));
    }

    /** Advisers and administrators read every project's case, so a command is refused (403), not hidden. */
    private static EndpointRule keep(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER, Role.TOP_LEADER, Role.ADVISER, Role.ADMIN)
                .ownOrganisation(Role.BUYER)
                .seenAcrossOrganisations(Role.ADVISER, Role.ADMIN);
    }

    @Bean
    NavigationItem casesNavigation() {
        return new NavigationItem(60, "/cases", "cases.nav", user -> true);
    }
}
