package no.innomotor.notices.web;

import static no.innomotor.shared.security.EndpointRule.anyone;
import static no.innomotor.shared.security.EndpointRule.roles;
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

/** Who may reach the notices module's pages: the opportunities (pages, feed, API) are public; importing is for administrators. */
@Configuration(proxyBeanMethods = false)
class OpportunityAccess {

    @Bean
    AccessRules opportunityAccessRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET,
                        "/opportunities",
                        "/opportunities/feed.atom",
                        "/opportunities/*",
                        "/api/v1/opportunities",
                        "/api/v1/opportunities/*")
                .permitAll()
                .requestMatchers("/admin/notices/import")
                .hasRole("ADMIN");
    }

    @Bean
    EndpointRules opportunityEndpoints() {
        return () -> List.of(
                anyone(GET, "/opportunities"),
                anyone(GET, "/opportunities/feed.atom"),
                anyone(GET, "/opportunities/{id}"),
                anyone(GET, "/api/v1/opportunities"),
                anyone(GET, "/api/v1/opportunities/{id}"),
                roles(GET, "/admin/notices/import", Role.ADMIN),
                roles(POST, "/admin/notices/import", Role.ADMIN));
    }

    @Bean
    NavigationItem opportunitiesNavigation() {
        return new NavigationItem(30, "/opportunities", "nav.opportunities", user -> true);
    }
}
