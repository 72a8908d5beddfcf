package no.innomotor.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwarded headers (Forwarded, X-Forwarded-Host/Proto/Port/Prefix/For) are honoured only when the direct peer is
 * one of the configured proxies (addresses or CIDR ranges, none by default). From anyone else they are removed
 * before the application sees them, so that a client can neither choose the host of redirects and links nor the
 * address the login limiter counts. The client's address is the right-most X-Forwarded-For entry that is not a
 * trusted proxy, so a value the client wrote itself in front of the proxy's is never taken.
 */
class TrustedProxies extends OncePerRequestFilter {

    private final List<IpAddressMatcher> proxies;
    private final ForwardedHeaderFilter honour = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    TrustedProxies(String configured) {
        List<IpAddressMatcher> matchers = new ArrayList<>();
        Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .forEach(entry -> matchers.add(new IpAddressMatcher(entry)));
        this.proxies = List.copyOf(matchers);
        remove.setRemoveOnly(true);
    }

    boolean isTrusted(String address) {
        try {
            return proxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** Error pages render links too: the same rule applies on the error dispatch. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isTrusted(request.getRemoteAddr())) {
            remove.doFilter(request, response, chain);
            return;
        }
        String client = clientAddress(request);
        honour.doFilter(
                request,
                response,
                (req, res) -> chain.doFilter(
                        client == null ? req : new ClientAddress((HttpServletRequest) req, client), res));
    }

    /** The right-most X-Forwarded-For entry that is not a trusted proxy; null when the header is absent. */
    private @org.jspecify.annotations.Nullable String clientAddress(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        request.getHeaders("X-Forwarded-For").asIterator().forEachRemaining(value -> {
            for (String hop : value.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        });
        if (hops.isEmpty()) {
            return null;
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.get(0);
    }

    private static final class ClientAddress extends HttpServletRequestWrapper {

        private final String address;

        ClientAddress(HttpServletRequest request, String address) {
            super(request);
            this.address = address;
        }

        @Override
        public String getRemoteAddr() {
            return address;
        }

        @Override
        public String getRemoteHost() {
            return address;
        }
    }
}
