package no.innomotor.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login rate limiting: after {@code maxFailures} failed sign-ins for one account, or from one address, within the
 * window, further attempts are refused until the window has passed. Counts live in memory (one node); a shared
 * store is a production concern for more than one node.
 */
@Component
class LoginAttempts {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    LoginAttempts(
            @Value("${innomotor.security.login.max-failures:5}") int maxFailures,
            @Value("${innomotor.security.login.window:PT15M}") Duration window,
            Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    private record Failures(int count, Instant first) {}

    boolean isLocked(String key) {
        // One address may be a whole office behind a NAT, so it gets ten times the allowance of one account.
        int limit = key.startsWith("address:") ? maxFailures * 10 : maxFailures;
        Failures f = failures.get(key);
        if (f == null) {
            return false;
        }
        if (f.first().plus(window).isBefore(clock.instant())) {
            failures.remove(key);
            return false;
        }
        return f.count() >= limit;
    }

    void recordFailure(String key) {
        Instant now = clock.instant();
        failures.merge(
                key,
                new Failures(1, now),
                (old, fresh) ->
                        old.first().plus(window).isBefore(now) ? fresh : new Failures(old.count() + 1, old.first()));
    }

    private static String accountKey(HttpServletRequest request) {
        String username = request.getParameter("username");
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(HttpServletRequest request) {
        return "address:" + request.getRemoteAddr();
    }

    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            recordFailure(accountKey(request));
            recordFailure(addressKey(request));
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }

    AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler delegate = new SavedRequestAwareAuthenticationSuccessHandler();
        delegate.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            failures.remove(accountKey(request));
            delegate.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Stops a locked account or address before its password is even checked. */
    OncePerRequestFilter lockoutFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean loginPost = "POST".equals(request.getMethod())
                        && request.getRequestURI().equals(request.getContextPath() + "/login");
                if (loginPost && (isLocked(accountKey(request)) || isLocked(addressKey(request)))) {
                    response.sendRedirect(request.getContextPath() + "/login?locked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
