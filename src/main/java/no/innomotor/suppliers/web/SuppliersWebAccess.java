package no.innomotor.suppliers.web;

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
 * Who may reach the suppliers pages. A company's profile, saved searches and marked opportunities are for its
 * supplier people (the service checks the company, and that a saved search is the person's own); the directory is
 * for buyers, advisers, instrument actors and administrators.
 */
@Configuration(proxyBeanMethods = false)
class SuppliersWebAccess {

    private static final Role[] DIRECTORY = {Role.BUYER, Role.ADVISER, Role.ADMIN, Role.INSTRUMENT_ACTOR};

    @Bean
    AccessRules suppliersAccessRules() {
        return rules -> rules.requestMatchers(
                        "/supplier-profile", "/supplier-profile/**", "/my-opportunities", "/my-opportunities/**")
                .hasRole(Role.SUPPLIER.name())
                .requestMatchers(HttpMethod.GET, "/suppliers", "/suppliers/*")
                .hasAnyRole(names(DIRECTORY));
    }

    @Bean
    EndpointRules suppliersEndpoints() {
        return () -> List.of(
                roles(GET, "/supplier-profile", Role.SUPPLIER),
                roles(POST, "/supplier-profile", Role.SUPPLIER),
                roles(GET, "/supplier-profile/searches", Role.SUPPLIER),
                roles(POST, "/supplier-profile/searches", Role.SUPPLIER),
                ownSearch(GET, "/supplier-profile/searches/{searchId}"),
                ownSearch(POST, "/supplier-profile/searches/{searchId}"),
                ownSearch(POST, "/supplier-profile/searches/{searchId}/delete"),
                roles(GET, "/my-opportunities", Role.SUPPLIER),
                roles(POST, "/my-opportunities/{opportunityId}/follow", Role.SUPPLIER),
                roles(POST, "/my-opportunities/{opportunityId}/save", Role.SUPPLIER),
                roles(POST, "/my-opportunities/{opportunityId}/interest", Role.SUPPLIER),
                roles(GET, "/suppliers", DIRECTORY),
                roles(GET, "/suppliers/{organisationId}", DIRECTORY));
    }

    /** A saved search is its owner's: another person's is not found, whichever company they are in. */
    private static EndpointRule ownSearch(HttpMethod method, String pattern) {
        return roles(method, pattern, Role.SUPPLIER).ownOrganisation(Role.SUPPLIER);
    }

    private static String[] names(Role... roles) {
        return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }

    @Bean
    NavigationItem supplierDirectoryNavigation() {
        return new NavigationItem(
                40,
                "/suppliers",
                "suppliers.nav.directory",
                user -> user != null && java.util.Arrays.stream(DIRECTORY).anyMatch(user::hasRoleAnywhere));
    }

    @Bean
    NavigationItem supplierProfileNavigation() {
        return NavigationItem.forRole(41, "/supplier-profile", "suppliers.nav.profile", Role.SUPPLIER);
    }

    @Bean
    NavigationItem myOpportunitiesNavigation() {
        return NavigationItem.forRole(42, "/my-opportunities", "suppliers.nav.opportunities", Role.SUPPLIER);
    }
}
