package no.innomotor.followup.web;

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
 * Who may reach the follow-up pages. The overview and keeping a plan are for advisers — any adviser on the platform,
 * since the support apparatus spans organisations (the service refuses an adviser of the company itself). A plan is
 * read and commented on by its keepers and by the company's suppliers; a supplier of another company is told it does
 * not exist (the service checks the company). Nobody else passes the address.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpWebAccess {

    @Bean
    AccessRules followUpAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/followup/mine")
                .hasRole(Role.SUPPLIER.name())
                .requestMatchers(HttpMethod.GET, "/followup/plans/*")
                .hasAnyRole(Role.ADVISER.name(), Role.SUPPLIER.name())
                .requestMatchers(HttpMethod.POST, "/followup/plans/*/comments", "/followup/plans/*/steps/*/done")
                .hasAnyRole(Role.ADVISER.name(), Role.SUPPLIER.name())
                .requestMatchers("/followup", "/followup/**")
                .hasRole(Role.ADVISER.name());
    }

    @Bean
    EndpointRules followUpEndpoints() {
        return () -> List.of(
                roles(GET, "/followup", Role.ADVISER),
                roles(GET, "/followup/mine", Role.SUPPLIER),
                roles(GET, "/followup/companies/{companyId}/plan/new", Role.ADVISER),
                roles(POST, "/followup/companies/{companyId}/plan", Role.ADVISER),
                read(GET, "/followup/plans/{id}"),
                read(POST, "/followup/plans/{id}/comments"),
                read(POST, "/followup/plans/{id}/steps/{stepId}/done"),
                keep(POST, "/followup/plans/{id}/goals"),
                keep(POST, "/followup/plans/{id}/activities"),
                keep(POST, "/followup/plans/{id}/steps"),
                keep(POST, "/followup/plans/{id}/outcomes"),
                keep(POST, "/followup/plans/{id}/close"));
    }

    /** Advisers reach every company's plan; a supplier its own company's, another company's is not found. */
    private static EndpointRule read(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.ADVISER, Role.SUPPLIER)
                .ownOrganisation(Role.SUPPLIER)
                .acrossOrganisations(Role.ADVISER);
    }

    /** Only advisers keep a plan, whichever company it follows up. */
    private static EndpointRule keep(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.ADVISER).acrossOrganisations(Role.ADVISER);
    }

    @Bean
    NavigationItem followUpNavigation() {
        return NavigationItem.forRole(45, "/followup", "followup.nav.overview", Role.ADVISER);
    }

    @Bean
    NavigationItem ownPlanNavigation() {
        return NavigationItem.forRole(43, "/followup/mine", "followup.nav.mine", Role.SUPPLIER);
    }
}
