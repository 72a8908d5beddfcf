package no.innomotor.dialogue.web;

import static no.innomotor.shared.security.EndpointRule.roles;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.EndpointRules;
import no.innomotor.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the one-to-one meetings. The buyer's team (buyers of the owning organisation, checked by the service)
 * publishes, removes and cancels slots and writes minutes; a supplier books and cancels for its company; a meeting's
 * calendar file is for the team and the company that booked it, and every other company is told it does not exist.
 */
@Configuration(proxyBeanMethods = false)
class MeetingWebAccess {

    @Bean
    AccessRules meetingAccessRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET, "/announcements/*/meetings/new", "/announcements/*/meetings.ics")
                .hasRole(Role.BUYER.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/announcements/*/meetings",
                        "/meetings/*/remove",
                        "/meetings/*/cancel",
                        "/meetings/*/minutes")
                .hasRole(Role.BUYER.name())
                .requestMatchers(HttpMethod.POST, "/meetings/*/book", "/meetings/*/unbook")
                .hasRole(Role.SUPPLIER.name())
                .requestMatchers(HttpMethod.GET, "/meetings/*/calendar.ics")
                .hasAnyRole(Role.BUYER.name(), Role.SUPPLIER.name());
    }

    /**
     * Team commands name a slot or an announcement of the owning organisation: its buyers reach it, anyone else is
     * told it does not exist. A supplier books any visible slot; its own booking (and its calendar file) is its own
     * organisation's object, another company's booking is not found.
     */
    @Bean
    EndpointRules meetingEndpoints() {
        return () -> List.of(
                team(GET, "/announcements/{id}/meetings/new"),
                team(POST, "/announcements/{id}/meetings"),
                team(GET, "/announcements/{id}/meetings.ics"),
                team(POST, "/meetings/{id}/remove"),
                team(POST, "/meetings/{id}/cancel"),
                team(POST, "/meetings/{id}/minutes"),
                roles(POST, "/meetings/{id}/book", Role.SUPPLIER),
                roles(POST, "/meetings/{id}/unbook", Role.SUPPLIER).ownOrganisation(Role.SUPPLIER),
                roles(GET, "/meetings/{id}/calendar.ics", Role.BUYER, Role.SUPPLIER)
                        .ownOrganisation(Role.BUYER, Role.SUPPLIER));
    }

    private static no.innomotor.shared.security.EndpointRule team(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER).ownOrganisation(Role.BUYER);
    }
}
