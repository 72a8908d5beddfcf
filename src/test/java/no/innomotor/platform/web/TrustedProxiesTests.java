package no.innomotor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class TrustedProxiesTests {

    private static MockHttpServletRequestBuilder spoofed(MockHttpServletRequestBuilder request) {
        return request.header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443")
                .header("Forwarded", "host=evil.example;proto=https")
                .header("X-Forwarded-For", "203.0.113.66");
    }

    private static MockHttpServletRequestBuilder fromProxy(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
                    r.setRemoteAddr("192.0.2.10");
                    return r;
                })
                .header("X-Forwarded-Host", "innomotor.example")
                .header("X-Forwarded-Proto", "https");
    }

    @Nested
    @InnomotorTest
    class ThroughTheApplication {

        @Autowired
        MockMvc mvc;

        @Test
        void anUntrustedPeerCannotChooseTheHostOfRedirectsApiServersOrFeedLinks() throws Exception {
            mvc.perform(spoofed(get("/some/private/page").accept(MediaType.TEXT_HTML)))
                    .andExpect(redirectedUrl("/login"));
            mvc.perform(spoofed(get("/v3/api-docs")))
                    .andExpect(
                            content().string(allOf(containsString("http://localhost"), not(containsString("evil")))));
            mvc.perform(spoofed(get("/opportunities/feed.atom")))
                    .andExpect(
                            content().string(allOf(containsString("http://localhost"), not(containsString("evil")))));
        }

        @Test
        void aConfiguredProxyIsBelieved() throws Exception {
            mvc.perform(fromProxy(get("/some/private/page").accept(MediaType.TEXT_HTML)))
                    .andExpect(redirectedUrl("https://innomotor.example/login"));
            mvc.perform(fromProxy(get("/v3/api-docs")))
                    .andExpect(content().string(containsString("https://innomotor.example")));
            mvc.perform(fromProxy(get("/opportunities/feed.atom")))
                    .andExpect(content().string(containsString("https://innomotor.example/opportunities")));
        }
    }

    @Nested
    class TheAddressTheLoginLimiterSees {

        private final TrustedProxies filter = new TrustedProxies("192.0.2.0/24, 198.51.100.7");

        private String seen(String peer, String... forwardedFor) throws Exception {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
            request.setRemoteAddr(peer);
            for (String value : forwardedFor) {
                request.addHeader("X-Forwarded-For", value);
            }
            AtomicReference<String> address = new AtomicReference<>();
            filter.doFilter(
                    request,
                    new MockHttpServletResponse(),
                    (req, res) -> address.set(((HttpServletRequest) req).getRemoteAddr()));
            return address.get();
        }

        @Test
        void isThePeerWhenThePeerIsNoProxy() throws Exception {
            assertThat(seen("203.0.113.5", "10.1.2.3")).isEqualTo("203.0.113.5");
            assertThat(seen("127.0.0.1", "192.0.2.10")).isEqualTo("127.0.0.1");
        }

        @Test
        void isTheForwardedClientBehindATrustedProxy() throws Exception {
            assertThat(seen("192.0.2.10", "203.0.113.5")).isEqualTo("203.0.113.5");
            assertThat(seen("192.0.2.10")).isEqualTo("192.0.2.10");
        }

        @Test
        void isNotWhatTheClientWroteInFrontOfTheProxysEntry() throws Exception {
            // The client sent "X-Forwarded-For: 10.0.0.1"; the proxies appended the real client and themselves.
            assertThat(seen("192.0.2.10", "10.0.0.1, 203.0.113.5, 198.51.100.7"))
                    .isEqualTo("203.0.113.5");
            assertThat(seen("192.0.2.10", "10.0.0.1", "203.0.113.5")).isEqualTo("203.0.113.5");
        }
    }
}
