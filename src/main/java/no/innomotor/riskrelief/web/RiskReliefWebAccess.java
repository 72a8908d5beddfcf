package no.innomotor.riskrelief.web;

import static no.innomotor.shared.security.EndpointRule.roles;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.EndpointRule;
import no.innomotor.shared.security.EndpointRules;
import no.innomotor.shared.security.NavigationItem;
import no.innomotor.shared.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the risk-relief pages and API. Instrument actors keep their organisation's schemes; published schemes
 * are read by buyers, suppliers and instrument actors, and buyers and suppliers apply to them. An application is read
 * by its applicant, by the owner's actors and by its assessors (jury members or the owner's actors); the services
 * check which of these the person is, and tell anyone else it does not exist.
 */
@Configuration(proxyBeanMethods = false)
class RiskReliefWebAccess {

    private static final String IA = Role.INSTRUMENT_ACTOR.name();
    private static final String BUYER = Role.BUYER.name();
    private static final String SUPPLIER = Role.SUPPLIER.name();
    private static final String JURY = Role.JURY.name();

    @Bean
    AccessRules riskReliefAccessRules() {
        return rules -> rules.requestMatchers(GET, "/riskrelief/schemes/new")
                .hasRole(IA)
                .requestMatchers(GET, "/riskrelief/schemes/*/applications/new")
                .hasAnyRole(BUYER, SUPPLIER)
                .requestMatchers(POST, "/riskrelief/schemes/*/applications")
                .hasAnyRole(BUYER, SUPPLIER)
                .requestMatchers(GET, "/riskrelief/schemes", "/riskrelief/schemes/*")
                .hasAnyRole(BUYER, SUPPLIER, IA)
                .requestMatchers("/riskrelief/schemes", "/riskrelief/schemes/**")
                .hasRole(IA)
                .requestMatchers(
                        POST,
                        "/riskrelief/applications/*/assessors",
                        "/riskrelief/applications/*/decision",
                        "/riskrelief/applications/*/milestones/*/payout")
                .hasRole(IA)
                .requestMatchers(POST, "/riskrelief/applications/*/conflict", "/riskrelief/applications/*/assessment")
                .hasAnyRole(IA, JURY)
                .requestMatchers(POST, "/riskrelief/applications/**")
                .hasAnyRole(BUYER, SUPPLIER)
                .requestMatchers(GET, "/riskrelief/applications/*/letter")
                .hasAnyRole(BUYER, SUPPLIER, IA)
                .requestMatchers(GET, "/riskrelief/applications", "/riskrelief/applications/**")
                .hasAnyRole(BUYER, SUPPLIER, IA, JURY)
                .requestMatchers(GET, "/api/v1/riskrelief/schemes/*/ledger")
                .hasRole(IA)
                .requestMatchers(GET, "/api/v1/riskrelief/schemes", "/api/v1/riskrelief/schemes/*")
                .hasAnyRole(BUYER, SUPPLIER, IA)
                .requestMatchers(GET, "/api/v1/riskrelief/applications", "/api/v1/riskrelief/applications/*")
                .hasAnyRole(BUYER, SUPPLIER, IA, JURY)
                .requestMatchers("/riskrelief/**", "/api/v1/riskrelief/**")
                .denyAll();
    }

    @Bean
    EndpointRules riskReliefEndpoints() {
        return () -> List.of(
                roles(GET, "/riskrelief/schemes", Role.BUYER, Role.SUPPLIER, Role.INSTRUMENT_ACTOR),
                roles(GET, "/riskrelief/schemes/new", Role.INSTRUMENT_ACTOR),
                roles(POST, "/riskrelief/schemes", Role.INSTRUMENT_ACTOR),
                published(GET, "/riskrelief/schemes/{schemeId}"),
                own(POST, "/riskrelief/schemes/{schemeId}"),
                own(POST, "/riskrelief/schemes/{schemeId}/publish"),
                own(POST, "/riskrelief/schemes/{schemeId}/budgets"),
                apply(GET, "/riskrelief/schemes/{schemeId}/applications/new"),
                apply(POST, "/riskrelief/schemes/{schemeId}/applications"),
                roles(GET, "/riskrelief/applications", Role.BUYER, Role.SUPPLIER, Role.INSTRUMENT_ACTOR, Role.JURY),
                read(GET, "/riskrelief/applications/{applicationId}"),
                read(GET, "/riskrelief/applications/{applicationId}/files/{fileId}"),
                applicant(POST, "/riskrelief/applications/{applicationId}"),
                applicant(POST, "/riskrelief/applications/{applicationId}/withdraw"),
                applicant(POST, "/riskrelief/applications/{applicationId}/attachments"),
                applicant(POST, "/riskrelief/applications/{applicationId}/milestones/{milestoneId}/report"),
                applicant(POST, "/riskrelief/applications/{applicationId}/final-report"),
                owner(POST, "/riskrelief/applications/{applicationId}/assessors"),
                owner(POST, "/riskrelief/applications/{applicationId}/decision"),
                owner(POST, "/riskrelief/applications/{applicationId}/milestones/{milestoneId}/payout"),
                assessor(POST, "/riskrelief/applications/{applicationId}/conflict"),
                assessor(POST, "/riskrelief/applications/{applicationId}/assessment"),
                roles(
                                GET,
                                "/riskrelief/applications/{applicationId}/letter",
                                Role.BUYER,
                                Role.SUPPLIER,
                                Role.INSTRUMENT_ACTOR)
                        .ownOrganisation(Role.BUYER, Role.SUPPLIER, Role.INSTRUMENT_ACTOR),
                roles(GET, "/api/v1/riskrelief/schemes", Role.BUYER, Role.SUPPLIER, Role.INSTRUMENT_ACTOR),
                published(GET, "/api/v1/riskrelief/schemes/{schemeId}"),
                own(GET, "/api/v1/riskrelief/schemes/{schemeId}/ledger"),
                roles(
                        GET,
                        "/api/v1/riskrelief/applications",
                        Role.BUYER,
                        Role.SUPPLIER,
                        Role.INSTRUMENT_ACTOR,
                        Role.JURY),
                read(GET, "/api/v1/riskrelief/applications/{applicationId}"));
    }

    /** A published scheme: every buyer, supplier and instrument actor reads it, whoever owns it. */
    private static EndpointRule published(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER, Role.SUPPLIER, Role.INSTRUMENT_ACTOR)
                .acrossOrganisations(Role.BUYER, Role.SUPPLIER, Role.INSTRUMENT_ACTOR);
    }

    /** The owner's actors keep the scheme; another actor's scheme is not found for them. */
    private static EndpointRule own(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.INSTRUMENT_ACTOR).ownOrganisation(Role.INSTRUMENT_ACTOR);
    }

    /** Buyers and suppliers apply to any published scheme (the service checks the project and the audience). */
    private static EndpointRule apply(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER, Role.SUPPLIER).acrossOrganisations(Role.BUYER, Role.SUPPLIER);
    }

    /** The applicant, the owner's actors and the assigned assessors read the application; anyone else: not found. */
    private static EndpointRule read(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER, Role.SUPPLIER, Role.INSTRUMENT_ACTOR, Role.JURY)
                .ownOrganisation(Role.BUYER, Role.SUPPLIER, Role.INSTRUMENT_ACTOR, Role.JURY);
    }

    private static EndpointRule applicant(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.BUYER, Role.SUPPLIER).ownOrganisation(Role.BUYER, Role.SUPPLIER);
    }

    private static EndpointRule owner(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.INSTRUMENT_ACTOR).ownOrganisation(Role.INSTRUMENT_ACTOR);
    }

    private static EndpointRule assessor(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.INSTRUMENT_ACTOR, Role.JURY)
                .ownOrganisation(Role.INSTRUMENT_ACTOR, Role.JURY);
    }

    @Bean
    NavigationItem riskReliefSchemesNavigation() {
        return new NavigationItem(
                50,
                "/riskrelief/schemes",
                "riskrelief.nav.schemes",
                user -> user != null
                        && (user.hasRoleAnywhere(Role.INSTRUMENT_ACTOR)
                                || user.hasRoleAnywhere(Role.BUYER)
                                || user.hasRoleAnywhere(Role.SUPPLIER)));
    }

    @Bean
    NavigationItem riskReliefApplicationsNavigation() {
        return new NavigationItem(
                51,
                "/riskrelief/applications",
                "riskrelief.nav.applications",
                user -> user != null
                        && (user.hasRoleAnywhere(Role.INSTRUMENT_ACTOR)
                                || user.hasRoleAnywhere(Role.JURY)
                                || user.hasRoleAnywhere(Role.BUYER)
                                || user.hasRoleAnywhere(Role.SUPPLIER)));
    }
}
