package no.innomotor.benefits.web;

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
 * Who may reach the benefit plan pages: whoever reads the project (its organisation's buyers and top leaders;
 * advisers and administrators across organisations); the plan is kept by its buyers — the service checks the project.
 * The showcase is for anyone: a project not opted in is not found.
 */
@Configuration(proxyBeanMethods = false)
class BenefitsWebAccess {

    private static final String[] PROJECT_READERS = {
        Role.BUYER.name(), Role.TOP_LEADER.name(), Role.ADVISER.name(), Role.ADMIN.name()
    };

    @Bean
    AccessRules benefitsAccessRules() {
        return rules -> rules.requestMatchers("/projects/*/benefits", "/projects/*/benefits/**")
                .hasAnyRole(PROJECT_READERS)
                // The showcase is public: only what the projects' teams chose to show.
                .requestMatchers(HttpMethod.GET, "/showcase", "/showcase/*", "/api/v1/showcase", "/benefits")
                .permitAll();
    }

    @Bean
    EndpointRules benefitsEndpoints() {
        return () -> List.of(
                read(GET, "/projects/{id}/benefits"),
                read(GET, "/projects/{id}/benefits/{benefitId}"),
                read(GET, "/projects/{id}/benefits/plan.pdf"),
                keep(GET, "/projects/{id}/benefits/new"),
                keep(POST, "/projects/{id}/benefits"),
                keep(GET, "/projects/{id}/benefits/{benefitId}/edit"),
                keep(POST, "/projects/{id}/benefits/{benefitId}"),
                keep(POST, "/projects/{id}/benefits/{benefitId}/measurements"),
                keep(POST, "/projects/{id}/benefits/measurements"),
                keep(POST, "/projects/{id}/benefits/showcase"),
                keep(POST, "/projects/{id}/benefits/confirm"),
                anyone(GET, "/showcase"),
                anyone(GET, "/showcase/{projectId}"),
                anyone(GET, "/api/v1/showcase"),
                // National, county and sector sums are public; per organisation only for its people (page decides).
                anyone(GET, "/benefits"));
    }

    private static EndpointRule read(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER, Role.TOP_LEADER, Role.ADVISER, Role.ADMIN)
                .ownOrganisation(Role.BUYER, Role.TOP_LEADER)
                .acrossOrganisations(Role.ADVISER, Role.ADMIN);
    }

    /** Advisers and administrators read every project's plan, so a command is refused (403), not hidden. */
    private static EndpointRule keep(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER, Role.TOP_LEADER, Role.ADVISER, Role.ADMIN)
                .ownOrganisation(Role.BUYER)
                .seenAcrossOrganisations(Role.ADVISER, Role.ADMIN);
    }

    /** The roll-ups, in everyone's navigation. */
    @Bean
    NavigationItem benefitsNavigation() {
        return new NavigationItem(51, "/benefits", "benefits.nav", user -> true);
    }

    /** The public showcase, in everyone's navigation. */
    @Bean
    NavigationItem showcaseNavigation() {
        return new NavigationItem(52, "/showcase", "showcase.nav", user -> true);
    }
}
