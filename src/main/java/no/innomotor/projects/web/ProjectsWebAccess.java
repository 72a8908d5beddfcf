package no.innomotor.projects.web;

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
 * Who may reach the projects pages and API. These rules are coarse (a role held somewhere); whether a person may
 * see or change one project is decided by the service from their role in the organisation that owns it.
 */
@Configuration(proxyBeanMethods = false)
class ProjectsWebAccess {

    @Bean
    AccessRules projectsAccessRules() {
        return rules -> rules
                // Only buyers start a project or change or export a market-consultation notice; the service checks
                // the organisation.
                .requestMatchers(HttpMethod.GET, "/projects/new")
                .hasRole(Role.BUYER.name())
                .requestMatchers(HttpMethod.POST, "/projects", "/projects/*/notice", "/projects/*/notice/export")
                .hasRole(Role.BUYER.name())
                .requestMatchers("/projects", "/projects/**")
                .hasAnyRole(Role.BUYER.name(), Role.TOP_LEADER.name(), Role.ADVISER.name(), Role.ADMIN.name())
                .requestMatchers("/leader", "/leader/**")
                .hasRole(Role.TOP_LEADER.name())
                // The API answers any signed-in person; a project they may not see is simply not found (404).
                .requestMatchers(HttpMethod.POST, "/api/v1/projects")
                .hasRole(Role.BUYER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/projects", "/api/v1/projects/**")
                .authenticated();
    }

    /**
     * The rules the authorisation test checks every endpoint against. A project belongs to one organisation: its
     * buyers change it, its top leaders sign and steer, advisers and administrators read every project; anyone else
     * is told it does not exist.
     */
    @Bean
    EndpointRules projectsEndpoints() {
        Role[] readers = {Role.BUYER, Role.TOP_LEADER, Role.ADVISER, Role.ADMIN};
        return () -> List.of(
                roles(GET, "/projects", readers),
                // Buyers start projects, in an organisation where they are buyers (the service checks which).
                roles(GET, "/projects/new", Role.BUYER),
                roles(POST, "/projects", Role.BUYER),
                read(GET, "/projects/{id}"),
                read(GET, "/projects/{id}/timeline"),
                read(GET, "/projects/{id}/steps/{number}"),
                read(GET, "/projects/{id}/documents/{document}"),
                read(GET, "/projects/{id}/mandate"),
                read(GET, "/projects/{id}/notice"),
                buyer(GET, "/projects/{id}/edit"),
                buyer(POST, "/projects/{id}/edit"),
                buyer(POST, "/projects/{id}/steps/{number}/items/{item}"),
                buyer(POST, "/projects/{id}/steps/{number}/items"),
                buyer(POST, "/projects/{id}/steps/{number}/items/{item}/remove"),
                buyer(POST, "/projects/{id}/steps/{number}/notes"),
                buyer(POST, "/projects/{id}/steps/{number}/documents"),
                buyer(POST, "/projects/{id}/steps/{number}/complete"),
                buyer(POST, "/projects/{id}/mandate"),
                buyer(POST, "/projects/{id}/mandate/ready"),
                roles(POST, "/projects/{id}/notice", Role.BUYER).ownOrganisation(Role.BUYER),
                roles(POST, "/projects/{id}/notice/export", Role.BUYER).ownOrganisation(Role.BUYER),
                leader(GET, "/projects/{id}/mandate/sign"),
                leader(POST, "/projects/{id}/mandate/sign"),
                steer(POST, "/projects/{id}/pause"),
                steer(POST, "/projects/{id}/resume"),
                steer(POST, "/projects/{id}/stop"),
                roles(GET, "/leader", Role.TOP_LEADER),
                signedIn(GET, "/api/v1/projects"),
                signedIn(GET, "/api/v1/projects/{id}")
                        .ownOrganisation(Role.BUYER, Role.TOP_LEADER)
                        .acrossOrganisations(Role.ADVISER, Role.ADMIN),
                roles(POST, "/api/v1/projects", Role.BUYER));
    }

    private static EndpointRule read(HttpMethod method, String pattern) {
        return projectRoles(method, pattern)
                .ownOrganisation(Role.BUYER, Role.TOP_LEADER)
                .acrossOrganisations(Role.ADVISER, Role.ADMIN);
    }

    // Commands: advisers and administrators read every project, so a command they may not give is refused (403)
    // rather than reported as not found.

    private static EndpointRule buyer(HttpMethod method, String pattern) {
        return projectRoles(method, pattern)
                .ownOrganisation(Role.BUYER)
                .seenAcrossOrganisations(Role.ADVISER, Role.ADMIN);
    }

    private static EndpointRule leader(HttpMethod method, String pattern) {
        return projectRoles(method, pattern)
                .ownOrganisation(Role.TOP_LEADER)
                .seenAcrossOrganisations(Role.ADVISER, Role.ADMIN);
    }

    private static EndpointRule steer(HttpMethod method, String pattern) {
        return projectRoles(method, pattern)
                .ownOrganisation(Role.BUYER, Role.TOP_LEADER)
                .seenAcrossOrganisations(Role.ADVISER, Role.ADMIN);
    }

    private static EndpointRule projectRoles(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER, Role.TOP_LEADER, Role.ADVISER, Role.ADMIN);
    }

    @Bean
    NavigationItem projectsNavigation() {
        return new NavigationItem(
                20,
                "/projects",
                "projects.nav.projects",
                user -> user != null
                        && (user.hasRoleAnywhere(Role.BUYER)
                                || user.hasRoleAnywhere(Role.TOP_LEADER)
                                || user.hasRoleAnywhere(Role.ADVISER)
                                || user.hasRoleAnywhere(Role.ADMIN)));
    }

    @Bean
    NavigationItem leaderNavigation() {
        return NavigationItem.forRole(25, "/leader", "projects.nav.leader", Role.TOP_LEADER);
    }
}
