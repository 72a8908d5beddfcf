package no.innomotor.dialogue.web;

import static no.innomotor.shared.security.EndpointRule.anyone;
import static no.innomotor.shared.security.EndpointRule.roles;
import static no.innomotor.shared.security.EndpointRule.signedIn;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.EndpointRule;
import no.innomotor.shared.security.EndpointRules;
import no.innomotor.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the market dialogue's pages and API. Published announcements and their published answers are
 * public; the buyer's team (buyers of the owning organisation, checked by the service) drafts, publishes and answers;
 * suppliers register, ask, send input and join the matchmaking for their company; the dialogue log and its exports
 * are the team's alone. A project's announcement pages live under /projects, whose
 * coarse rule (buyers, top leaders, advisers, administrators) the projects module states.
 */
@Configuration(proxyBeanMethods = false)
class DialogueWebAccess {

    @Bean
    AccessRules dialogueAccessRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET,
                        "/announcements/*",
                        "/api/v1/announcements",
                        "/api/v1/announcements/*",
                        "/api/v1/announcements/*/questions",
                        "/announcements/*/conference",
                        "/announcements/*/attachments/*")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/drafts/*")
                .hasAnyRole(Role.BUYER.name(), Role.SUPPLIER.name())
                .requestMatchers(
                        HttpMethod.GET,
                        "/announcements/*/attachments",
                        "/announcements/*/conference/edit",
                        "/announcements/*/drafts/new")
                .hasRole(Role.BUYER.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/announcements/*/attachments",
                        "/announcements/*/conference",
                        "/announcements/*/conference/material",
                        "/announcements/*/conference/minutes",
                        "/announcements/*/drafts",
                        "/drafts/*/summary")
                .hasRole(Role.BUYER.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/announcements/*/conference/registration",
                        "/announcements/*/conference/registration/cancel",
                        "/drafts/*/comments")
                .hasRole(Role.SUPPLIER.name())
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/announcements/*/inputs",
                        "/announcements/*/log",
                        "/announcements/*/log.pdf",
                        "/announcements/*/log.xlsx")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/announcements/*/edit")
                .hasRole(Role.BUYER.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/announcements/*/edit",
                        "/announcements/*/publish",
                        "/announcements/*/withdraw",
                        "/questions/*/progress",
                        "/questions/*/duplicate",
                        "/questions/*/answer",
                        "/api/v1/projects/*/announcements",
                        "/api/v1/announcements/*/publish",
                        "/api/v1/questions/*/answer")
                .hasRole(Role.BUYER.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/announcements/*/registration",
                        "/announcements/*/registration/cancel",
                        "/announcements/*/questions",
                        "/announcements/*/inputs",
                        "/announcements/*/matchmaking",
                        "/announcements/*/matchmaking/leave",
                        "/api/v1/announcements/*/registrations",
                        "/api/v1/announcements/*/questions",
                        "/api/v1/announcements/*/inputs")
                .hasRole(Role.SUPPLIER.name());
    }

    /**
     * Team commands name an announcement or a question of the owning organisation: its buyers reach it, anyone else
     * is told it does not exist. Supplier commands name a published announcement, which every supplier may see.
     */
    @Bean
    EndpointRules dialogueEndpoints() {
        Role[] readers = {Role.BUYER, Role.TOP_LEADER, Role.ADVISER, Role.ADMIN};
        return () -> List.of(
                roles(GET, "/projects/{id}/announcements", readers)
                        .ownOrganisation(Role.BUYER, Role.TOP_LEADER)
                        .acrossOrganisations(Role.ADVISER, Role.ADMIN),
                roles(GET, "/projects/{id}/announcements/new", readers)
                        .ownOrganisation(Role.BUYER)
                        .seenAcrossOrganisations(Role.ADVISER, Role.ADMIN),
                roles(POST, "/projects/{id}/announcements", readers)
                        .ownOrganisation(Role.BUYER)
                        .seenAcrossOrganisations(Role.ADVISER, Role.ADMIN),
                anyone(GET, "/announcements/{id}"),
                team(GET, "/announcements/{id}/edit"),
                team(POST, "/announcements/{id}/edit"),
                team(POST, "/announcements/{id}/publish"),
                team(POST, "/announcements/{id}/withdraw"),
                roles(POST, "/announcements/{id}/registration", Role.SUPPLIER),
                roles(POST, "/announcements/{id}/registration/cancel", Role.SUPPLIER),
                roles(POST, "/announcements/{id}/questions", Role.SUPPLIER),
                roles(POST, "/announcements/{id}/inputs", Role.SUPPLIER),
                roles(POST, "/announcements/{id}/matchmaking", Role.SUPPLIER),
                roles(POST, "/announcements/{id}/matchmaking/leave", Role.SUPPLIER),
                log(GET, "/announcements/{id}/log"),
                log(GET, "/announcements/{id}/log.pdf"),
                log(GET, "/announcements/{id}/log.xlsx"),
                team(POST, "/questions/{id}/progress"),
                team(POST, "/questions/{id}/duplicate"),
                team(POST, "/questions/{id}/answer"),
                anyone(GET, "/api/v1/announcements"),
                anyone(GET, "/api/v1/announcements/{id}"),
                anyone(GET, "/api/v1/announcements/{id}/questions"),
                signedIn(GET, "/api/v1/announcements/{id}/inputs"),
                team(POST, "/api/v1/projects/{projectId}/announcements"),
                team(POST, "/api/v1/announcements/{id}/publish"),
                team(POST, "/api/v1/questions/{id}/answer"),
                roles(POST, "/api/v1/announcements/{id}/registrations", Role.SUPPLIER),
                roles(POST, "/api/v1/announcements/{id}/questions", Role.SUPPLIER),
                roles(POST, "/api/v1/announcements/{id}/inputs", Role.SUPPLIER),
                // files, the conference and draft documents
                anyone(GET, "/announcements/{id}/attachments/{attachment}"),
                team(GET, "/announcements/{id}/attachments"),
                team(POST, "/announcements/{id}/attachments"),
                anyone(GET, "/announcements/{id}/conference"),
                team(GET, "/announcements/{id}/conference/edit"),
                team(POST, "/announcements/{id}/conference"),
                team(POST, "/announcements/{id}/conference/material"),
                team(POST, "/announcements/{id}/conference/minutes"),
                roles(POST, "/announcements/{id}/conference/registration", Role.SUPPLIER),
                roles(POST, "/announcements/{id}/conference/registration/cancel", Role.SUPPLIER),
                team(GET, "/announcements/{id}/drafts/new"),
                team(POST, "/announcements/{id}/drafts"),
                roles(GET, "/drafts/{draft}", Role.BUYER, Role.SUPPLIER)
                        .ownOrganisation(Role.BUYER)
                        .acrossOrganisations(Role.SUPPLIER),
                roles(POST, "/drafts/{draft}/comments", Role.SUPPLIER),
                team(POST, "/drafts/{draft}/summary"));
    }

    /**
     * The dialogue log and its exports hold every company's questions and input: the team reads them, and anyone
     * else signed in is told the announcement does not exist, even a published one (404, never 403).
     */
    private static EndpointRule log(HttpMethod method, String pattern) {
        return signedIn(method, pattern).ownOrganisation(Role.BUYER);
    }

    private static EndpointRule team(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER).ownOrganisation(Role.BUYER);
    }
}
