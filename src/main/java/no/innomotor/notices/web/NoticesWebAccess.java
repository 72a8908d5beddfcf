package no.innomotor.notices.web;

import no.innomotor.shared.security.AccessRules;
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
}
