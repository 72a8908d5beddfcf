package no.innomotor.platform.web;

import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.NavigationItem;
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
                        HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll();
    }

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem(0, "/", "nav.home", user -> true);
    }
}
