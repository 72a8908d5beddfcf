package no.innomotor.audit.web;

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

/** The audit log is for the platform's administrators only; it is read-only, so only GET is let through. */
@Configuration(proxyBeanMethods = false)
class AuditAccess {

    static final String PATH = "/admin/audit";

    @Bean
    AccessRules auditAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, PATH).hasRole(Role.ADMIN.name());
    }

    @Bean
    EndpointRules auditEndpoints() {
        return () -> List.of(roles(GET, PATH, Role.ADMIN));
    }

    @Bean
    NavigationItem auditNavigation() {
        return NavigationItem.forRole(900, PATH, "audit.nav", Role.ADMIN);
    }
}
