package no.innomotor.platform.security;

import java.util.List;
import no.innomotor.organisations.OidcLogin;
import no.innomotor.shared.security.AccessRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default: every page and endpoint is reachable only through a rule some module contributed as an
 * {@link AccessRules} bean. Local form login always; OpenID Connect login when a client registration is configured.
 * Sessions of signed-in people are registered, so that a password change ends the person's other sessions
 * ({@link SessionsOfPeople}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<AccessRules> moduleRules,
            ObjectProvider<ClientRegistrationRepository> oidcClients,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUserService,
            LoginAttempts loginAttempts,
            OidcLogin oidcLogin,
            SessionRegistry sessionRegistry,
            ApiProblems apiProblems,
            BearerTokens bearerTokens)
            throws Exception {
        // The API and the metrics endpoint answer denials with problem+json (401 naming the Bearer scheme).
        RequestMatcher api = BearerTokens.PATHS;
        http.authorizeHttpRequests(rules -> {
                    moduleRules.forEach(module -> module.configure(rules));
                    rules.anyRequest().denyAll();
                })
                .formLogin(form -> form.loginPage("/login")
                        .permitAll()
                        .failureHandler(loginAttempts.failureHandler())
                        .successHandler(loginAttempts.successHandler()))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/?loggedOut")
                        .permitAll())
                // Every signed-in session is known, so a password change can end all the person's other sessions.
                .sessionManagement(sessions -> sessions.maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl(SessionsOfPeople.ENDED_PAGE))
                // No HTTP Basic: it would bypass the login lock-out. The API takes a personal access token (Bearer,
                // stateless, see BearerTokens) or the browser session, whose writes carry the page's token in the
                // X-CSRF-TOKEN header: CSRF protection covers everything but a request a valid token authenticated.
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokens.AUTHENTICATED_BY_TOKEN))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(apiProblems.unauthorized(), api)
                        .defaultAccessDeniedHandlerFor(apiProblems.forbidden(), api)
                        // With a single mapping Spring Security would use it for every request: pages keep the
                        // platform's own 403 page.
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .addFilterBefore(bearerTokens.checking(), CsrfFilter.class)
                .addFilterAfter(bearerTokens.establishing(), SessionManagementFilter.class)
                .addFilterBefore(loginAttempts.lockoutFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ContentSecurityPolicyFilter(), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions ->
                                permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> {
                oauth.loginPage("/login");
                oauth.failureHandler(oidcLogin.failureHandler());
                oauth.successHandler(oidcLogin.successHandler(loginAttempts::isAccountLocked));
                oidcUserService.ifAvailable(service -> oauth.userInfoEndpoint(info -> info.oidcUserService(service)));
            });
        }
        return http.build();
    }

    /** Publishes the servlet container's session events (ended, id changed) to the {@link SessionRegistry}. */
    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }
}
