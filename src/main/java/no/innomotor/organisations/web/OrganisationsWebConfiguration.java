package no.innomotor.organisations.web;

import static no.innomotor.shared.security.EndpointRule.anyone;
import static no.innomotor.shared.security.EndpointRule.roles;
import static no.innomotor.shared.security.EndpointRule.signedIn;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import no.innomotor.organisations.AccountsManagement;
import no.innomotor.organisations.PersonAuthentication;
import no.innomotor.shared.security.AccessRules;
import no.innomotor.shared.security.EndpointRules;
import no.innomotor.shared.security.NavigationItem;
import no.innomotor.shared.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may reach the organisations module's pages, its navigation entries, and fresh memberships on every request.
 * Object-level checks (member of this organisation, holder of this link) are in the services.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationsWebConfiguration implements WebMvcConfigurer {

    private final PersonAuthentication people;
    private final SessionAuthentication session;
    private final ObjectProvider<AccountsManagement> accounts;

    OrganisationsWebConfiguration(
            PersonAuthentication people, SessionAuthentication session, ObjectProvider<AccountsManagement> accounts) {
        this.people = people;
        this.session = session;
        this.accounts = accounts;
    }

    @Bean
    AccessRules organisationsAccessRules() {
        return rules -> rules
                // Following an invitation link as an existing account: sign in first, then accept.
                .requestMatchers(HttpMethod.GET, "/invitations/*/signin")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/invitations/*/accept")
                .authenticated()
                // Anyone may register, ask for a reset link, and open a link they were sent (the link is the key).
                .requestMatchers(
                        HttpMethod.GET,
                        "/register",
                        "/register/sent",
                        "/register/confirm/*",
                        "/password/forgot",
                        "/password/reset/*",
                        "/password/changed",
                        "/invitations/*")
                .permitAll()
                .requestMatchers(
                        HttpMethod.POST,
                        "/register",
                        "/register/confirm/*",
                        "/password/forgot",
                        "/password/reset/*",
                        "/invitations/*")
                .permitAll()
                // Organisation pages: signed in; whether this person may see this organisation is the service's call.
                .requestMatchers(HttpMethod.GET, "/organisations/mine", "/organisations/*")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/organisations/*/invitations")
                .authenticated()
                // Approving, refusing, withdrawing a role: signed in; RoleGrantPolicy in the service decides (else
                // 404).
                .requestMatchers(
                        HttpMethod.POST,
                        "/organisations/*/members/*/roles/*/approve",
                        "/organisations/*/members/*/roles/*/refuse",
                        "/organisations/*/members/*/roles/*/withdraw")
                .authenticated()
                .requestMatchers("/admin/organisations", "/admin/organisations/**")
                .hasRole(Role.ADMIN.name())
                // The person's own profile: linking sign-in methods and changing the password need a session.
                .requestMatchers(HttpMethod.GET, "/profile")
                .authenticated()
                .requestMatchers(
                        HttpMethod.POST,
                        "/profile/password",
                        "/profile/link/*",
                        "/profile/identities/*/unlink",
                        "/profile/tokens",
                        "/profile/tokens/*/revoke")
                .authenticated()
                // Where a session ended by a password change lands.
                .requestMatchers(HttpMethod.GET, "/signed-out")
                .permitAll()
                // OpenID Connect: the start of the flow and the provider's redirect back.
                .requestMatchers(HttpMethod.GET, "/oauth2/authorization/*", "/login/oauth2/code/*")
                .permitAll();
    }

    /** The rules the authorisation test checks every endpoint against (see EndpointRules); one line each. */
    @Bean
    EndpointRules organisationsEndpoints() {
        return () -> List.of(
                anyone(GET, "/register"),
                anyone(POST, "/register"),
                anyone(GET, "/register/sent"),
                anyone(GET, "/register/confirm/{token}").byKey(),
                anyone(POST, "/register/confirm/{token}").byKey(),
                anyone(GET, "/password/forgot"),
                anyone(POST, "/password/forgot"),
                anyone(GET, "/password/reset/{token}").byKey(),
                anyone(POST, "/password/reset/{token}").byKey(),
                anyone(GET, "/password/changed"),
                anyone(GET, "/invitations/{token}").byKey(),
                anyone(POST, "/invitations/{token}").byKey(),
                signedIn(GET, "/invitations/{token}/signin").byKey(),
                signedIn(POST, "/invitations/{token}/accept").byKey(),
                signedIn(GET, "/organisations/mine"),
                // Members see their organisation and invite to it; nobody else learns it exists.
                signedIn(GET, "/organisations/{id}")
                        .ownOrganisation(Role.values())
                        .acrossOrganisations(Role.ADMIN),
                signedIn(POST, "/organisations/{id}/invitations")
                        .ownOrganisation(Role.values())
                        .acrossOrganisations(Role.ADMIN),
                // Approving, refusing and withdrawing a role: RoleGrantPolicy decides; whoever it does not entitle,
                // and a person or role that is not there, gets 404.
                signedIn(POST, "/organisations/{id}/members/{person}/roles/{role}/{decision:approve|refuse|withdraw}")
                        .byKey(),
                roles(GET, "/admin/organisations", Role.ADMIN),
                roles(POST, "/admin/organisations/{id}/approve", Role.ADMIN).acrossOrganisations(Role.ADMIN),
                roles(POST, "/admin/organisations/{id}/reject", Role.ADMIN).acrossOrganisations(Role.ADMIN),
                signedIn(GET, "/profile"),
                signedIn(POST, "/profile/password"),
                signedIn(POST, "/profile/link/{registrationId}").byKey(),
                signedIn(POST, "/profile/identities/{id}/unlink").byKey(),
                // API access tokens: the person's own; another person's token id is not found (404).
                signedIn(POST, "/profile/tokens"),
                signedIn(POST, "/profile/tokens/{id}/revoke").byKey(),
                anyone(GET, "/signed-out"));
    }

    @Bean
    NavigationItem myOrganisationNavigation() {
        return new NavigationItem(
                70,
                "/organisations/mine",
                "organisations.nav.mine",
                user -> user != null && !user.memberships().isEmpty());
    }

    @Bean
    NavigationItem organisationsAdminNavigation() {
        return NavigationItem.forRole(900, "/admin/organisations", "organisations.nav.admin", Role.ADMIN);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        String[] notPages = {"/vendor/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error", "/actuator/**"};
        registry.addInterceptor(new FreshMemberships(people, session)).excludePathPatterns(notPages);
        registry.addInterceptor(new LanguageChoice(accounts.getObject())).excludePathPatterns(notPages);
    }
}
