package no.innomotor.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.innomotor.organisations.AccessTokenAuthentication;
import no.innomotor.organisations.AccessTokensManagement;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Personal access tokens ({@code Authorization: Bearer inm_…}) on the API and the metrics endpoint. A request with a
 * good token is authenticated as the token's person, with their roles as they are now, for that request only: no
 * session is created or used, and CSRF protection does not apply to it ({@link #AUTHENTICATED}), since a browser never
 * sends the header cross-site by itself. A token anywhere else (the pages) is ignored: pages stay session-only.
 *
 * <p>Refusals: an unknown, expired or revoked token, or one whose account is locked ({@link LoginAttempts}), is 401
 * with {@code WWW-Authenticate: Bearer error="invalid_token"}; every wrong token counts against the client address,
 * and a locked address is 429 before the token is even looked at; a read-only token on anything but GET or HEAD is
 * 403 (insufficient_scope).
 */
@Component
class BearerTokens {

    /** Request attribute: the authentication of a valid token (CSRF protection skips such a request). */
    static final String AUTHENTICATED = BearerTokens.class.getName() + ".AUTHENTICATED";

    private static final String SCHEME = "Bearer ";

    /** Where tokens count: the API, and the Prometheus endpoint for a scraper with an administrator's token. */
    static final RequestMatcher PATHS = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/actuator/prometheus");
    };

    static final RequestMatcher AUTHENTICATED_BY_TOKEN = request -> request.getAttribute(AUTHENTICATED) != null;

    private final AccessTokensManagement tokens;
    private final LoginAttempts attempts;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    BearerTokens(AccessTokensManagement tokens, LoginAttempts attempts, ApiProblems problems) {
        this.tokens = tokens;
        this.attempts = attempts;
        this.problems = problems;
    }

    /**
     * Checks the token before CSRF protection (which skips a request with a valid token) and answers every refusal;
     * a valid token's authentication waits in a request attribute for {@link #establishing()}.
     */
    OncePerRequestFilter checking() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String header = request.getHeader(HttpHeaders.AUTHORIZATION);
                if (header == null
                        || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                        || !PATHS.matches(request)) {
                    chain.doFilter(request, response);
                    return;
                }
                if (attempts.isAddressLocked(request)) {
                    problems.tooManyAttempts(
                            request, response, attempts.window().toSeconds());
                    return;
                }
                String secret = header.substring(SCHEME.length()).strip();
                Optional<AccessTokenAuthentication> found = tokens.authenticate(secret);
                if (found.isEmpty()) {
                    attempts.recordAddressFailure(request);
                    problems.invalidToken(request, response);
                    return;
                }
                AccessTokenAuthentication authentication = found.get();
                if (attempts.isAccountLocked(authentication.email())) {
                    problems.invalidToken(request, response);
                    return;
                }
                if (!authentication.scope().permits(request.getMethod())) {
                    problems.insufficientScope(request, response);
                    return;
                }
                request.setAttribute(AUTHENTICATED, authentication);
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * Makes the token's authentication the request's, after session management: that filter would otherwise take a
     * new authentication for a sign-in, and create, register and fill a session for it. For this request only.
     */
    OncePerRequestFilter establishing() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getAttribute(AUTHENTICATED) instanceof AccessTokenAuthentication authentication) {
                    SecurityContext context = holder.createEmptyContext();
                    context.setAuthentication(authentication);
                    holder.setContext(context);
                }
                chain.doFilter(request, response);
            }
        };
    }
}
