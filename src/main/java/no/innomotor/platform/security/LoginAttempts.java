package no.innomotor.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login rate limiting: after {@code maxFailures} failed sign-ins for one account (ten times that from one address)
 * within the window, further attempts are refused until the window has passed. Each key has a Bucket4j token bucket
 * that a failure drains and that fills up again after the window; the buckets live in a Caffeine cache with a maximum
 * size that forgets a key not seen for a window, so made-up user names cannot grow memory without bound. Counts are
 * per node (see the README on running several nodes).
 *
 * <p>Every way in honours the same lock: a password on the login page, an OpenID Connect sign-in (refused for a locked
 * account), and an API access token (refused for a locked account; a wrong token counts against the client address,
 * which {@code TrustedProxies} decides, so guessing tokens is limited like guessing passwords).
 */
@Component
class LoginAttempts {

    private final int maxFailures;
    private final Duration window;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    @Autowired
    LoginAttempts(
            @Value("${innomotor.security.login.max-failures:5}") int maxFailures,
            @Value("${innomotor.security.login.window:PT15M}") Duration window,
            @Value("${innomotor.security.login.max-keys:100000}") long maxKeys,
            Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(window)
                .ticker(time::currentTimeNanos)
                .build();
    }

    boolean isLocked(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    void recordFailure(String key) {
        buckets.get(key, this::newBucket).tryConsume(1);
    }

    void clear(String key) {
        buckets.invalidate(key);
    }

    /** The store, for tests of its bound. */
    Cache<String, Bucket> store() {
        return buckets;
    }

    private Bucket newBucket(String key) {
        // One address may be a whole office behind a NAT, so it gets ten times the allowance of one account.
        int limit = key.startsWith("address:") ? maxFailures * 10 : maxFailures;
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillIntervally(limit, window))
                .withCustomTimePrecision(time)
                .build();
    }

    private static String accountKey(HttpServletRequest request) {
        return accountKey(request.getParameter("username"));
    }

    private static String accountKey(@org.jspecify.annotations.Nullable String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    /** Whether the account with this sign-in name (e-mail address) is locked after failed sign-ins. */
    boolean isAccountLocked(String username) {
        return isLocked(accountKey(username));
    }

    /** Whether the request's client address is locked after failed attempts (passwords or tokens). */
    boolean isAddressLocked(HttpServletRequest request) {
        return isLocked(addressKey(request));
    }

    /** Counts a failed attempt against the request's client address only (a wrong token names no account). */
    void recordAddressFailure(HttpServletRequest request) {
        recordFailure(addressKey(request));
    }

    /** How long a lock holds at most. */
    Duration window() {
        return window;
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
            clear(accountKey(request));
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
