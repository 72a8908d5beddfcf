package no.innomotor.knowledge.web;

import static no.innomotor.shared.security.EndpointRule.roles;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import no.innomotor.knowledge.Analytics;
import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.EndpointRules;
import no.innomotor.shared.security.NavigationItem;
import no.innomotor.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The analytics dashboard: advisers and administrators see every project's figures, top leaders their own
 * organisations' (the service chooses); nobody else reaches it.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsWebAccess {

    private static final Role[] READERS = {Role.ADVISER, Role.ADMIN, Role.TOP_LEADER};

    @Bean
    AccessRules analyticsAccessRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET, "/analytics", "/analytics/table.csv", "/analytics/table.xlsx")
                .hasAnyRole(Role.ADVISER.name(), Role.ADMIN.name(), Role.TOP_LEADER.name());
    }

    @Bean
    EndpointRules analyticsEndpoints() {
        return () -> List.of(
                roles(GET, "/analytics", READERS),
                roles(GET, "/analytics/table.csv", READERS),
                roles(GET, "/analytics/table.xlsx", READERS));
    }

    @Bean
    NavigationItem analyticsNavigation() {
        return new NavigationItem(88, "/analytics", "analytics.nav", user -> user != null && Analytics.mayRead(user));
    }
}
