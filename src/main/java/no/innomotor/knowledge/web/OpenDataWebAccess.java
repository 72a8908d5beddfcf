package no.innomotor.knowledge.web;

import static no.innomotor.shared.security.EndpointRule.anyone;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.EndpointRules;
import no.innomotor.shared.security.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Open data is for anyone, signed in or not: the download page, its files, the open API and OCDS. */
@Configuration(proxyBeanMethods = false)
class OpenDataWebAccess {

    @Bean
    AccessRules openDataAccessRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET,
                        "/open-data",
                        "/open-data/projects.csv",
                        "/open-data/statistics.csv",
                        "/api/v1/open/projects",
                        "/api/v1/open/statistics",
                        "/api/v1/open/ocds/release-package",
                        "/api/v1/open/ocds/record-package")
                .permitAll();
    }

    @Bean
    EndpointRules openDataEndpoints() {
        return () -> List.of(
                anyone(GET, "/open-data"),
                anyone(GET, "/open-data/projects.csv"),
                anyone(GET, "/open-data/statistics.csv"),
                anyone(GET, "/api/v1/open/projects"),
                anyone(GET, "/api/v1/open/statistics"),
                anyone(GET, "/api/v1/open/ocds/release-package"),
                anyone(GET, "/api/v1/open/ocds/record-package"));
    }

    @Bean
    NavigationItem openDataNavigation() {
        return new NavigationItem(90, "/open-data", "opendata.nav", user -> true);
    }
}
