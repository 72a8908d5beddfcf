package no.innomotor.notifications.web;

import static no.innomotor.shared.security.EndpointRule.roles;
import static no.innomotor.shared.security.EndpointRule.signedIn;
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

/**
 * The outbox is for platform administrators only: it holds whole mails, links included. The inbox is for every
 * signed-in person, who reads only their own messages (the service answers not found for anyone else's).
 */
@Configuration(proxyBeanMethods = false)
class NotificationsWebConfiguration {

    @Bean
    AccessRules notificationsAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/admin/outbox", "/admin/outbox/*")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/inbox")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/inbox/*/read", "/inbox/read-all")
                .authenticated();
    }

    @Bean
    EndpointRules notificationsEndpoints() {
        return () -> List.of(
                roles(GET, "/admin/outbox", Role.ADMIN),
                // A mail is named by its id; an unknown one is not found.
                roles(GET, "/admin/outbox/{id}", Role.ADMIN).byKey(),
                // Everyone has an inbox; a message is named by its id, and another person's is not found.
                signedIn(GET, "/inbox"),
                signedIn(POST, "/inbox/{id}/read").byKey(),
                signedIn(POST, "/inbox/read-all"));
    }

    @Bean
    NavigationItem outboxNavigation() {
        return NavigationItem.forRole(910, "/admin/outbox", "notifications.nav.outbox", Role.ADMIN);
    }
}
