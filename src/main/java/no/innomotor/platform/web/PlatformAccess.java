package no.innomotor.platform.web;

import static no.innomotor.shared.security.EndpointRule.anyone;
import static no.innomotor.shared.security.EndpointRule.roles;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.EndpointRules;
import no.innomotor.shared.security.NavigationItem;
import no.innomotor.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PlatformAccess {

    @Bean
    AccessRules platformAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/", "/about", "/about/api", "/accessibility", "/login")
                .permitAll()
                .requestMatchers("/favicon.ico", "/vendor/**", "/css/**", "/js/**", "/images/**")
                .permitAll()
                .requestMatchers("/error")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole("ADMIN")
                .requestMatchers(
                        HttpMethod.GET,
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/v3/api-docs.yaml",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                .permitAll();
    }

    /** The rules the authorisation test checks every endpoint against (see EndpointRules); one line each. */
    @Bean
    EndpointRules platformEndpoints() {
        return () -> List.of(
                anyone(GET, "/"),
                anyone(GET, "/about"),
                anyone(GET, "/accessibility"),
                anyone(GET, "/login"),
                anyone(GET, "/error"),
                // Static resources, one family: each pattern is checked with a file that exists under it.
                anyone(GET, "/**"),
                // Spring maps /webjars/** by default; Innomotor serves none, so no rule lets anyone through.
                roles(GET, "/webjars/**"),
                anyone(GET, "/about/api"),
                anyone(GET, "/actuator/health"),
                anyone(GET, "/actuator/health/**"),
                anyone(GET, "/actuator/info"),
                roles(GET, "/actuator", Role.ADMIN),
                roles(GET, "/actuator/prometheus", Role.ADMIN),
                anyone(GET, "/v3/api-docs"),
                anyone(GET, "/v3/api-docs.yaml"));
    }

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem(0, "/", "nav.home", user -> true);
    }
}
