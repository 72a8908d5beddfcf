package no.innomotor.projects.web;

import no.innomotor.shared.security.AccessRules;
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
                // Only buyers change or export a market-consultation notice; the service checks the organisation.
                .requestMatchers(HttpMethod.POST, "/projects/*/notice", "/projects/*/notice/export")
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
