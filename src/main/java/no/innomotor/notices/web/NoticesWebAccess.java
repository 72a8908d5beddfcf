package no.innomotor.notices.web;

import static no.innomotor.shared.security.EndpointRule.anyone;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The CPV look-up reads public reference data (the EU's code list), so anyone may use it. */
@Configuration(proxyBeanMethods = false)
class NoticesWebAccess {

    @Bean
    AccessRules noticesAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/reference/cpv").permitAll();
    }

    @Bean
    EndpointRules cpvEndpoints() {
        return () -> List.of(anyone(GET, "/reference/cpv"));
    }
}
