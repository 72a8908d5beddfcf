package no.innomotor.notices.web;

import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.NavigationItem;
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
    NavigationItem opportunitiesNavigation() {
        return new NavigationItem(30, "/opportunities", "nav.opportunities", user -> true);
    }
}
