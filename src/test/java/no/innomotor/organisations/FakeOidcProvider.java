package no.innomotor.organisations;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A small OpenID Connect provider for tests, on a dynamic port of 127.0.0.1: token and key endpoints (and a user-info
 * endpoint for plain OAuth 2.0). The browser's trip to the authorization endpoint is skipped: {@link #signIn} starts
 * the flow through MockMvc, has the provider answer with an ID token of the given subject and claims, and calls the
 * application's redirect endpoint with the code and state, as the browser would.
 */
final class FakeOidcProvider {

    static final String CLIENT_ID = "innomotor-test";

    private final RSAKey key;
    private final HttpServer server;
    private volatile String nextIdToken = "";

    FakeOidcProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/jwks", exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/token", exchange -> {
            exchange.getRequestBody().readAllBytes();
            respond(
                    exchange,
                    "{\"access_token\":\"access\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                            + "\"scope\":\"openid email\",\"id_token\":\"" + nextIdToken + "\"}");
        });
        server.createContext(
                "/userinfo",
                exchange -> respond(exchange, "{\"sub\":\"plain-subject\",\"email\":\"someone@example.org\"}"));
        server.start();
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    /** An OpenID Connect client registration with this provider, by properties only (nothing is discovered). */
    void register(DynamicPropertyRegistry properties, String registrationId, String clientName) {
        String prefix = "spring.security.oauth2.client.registration." + registrationId + ".";
        properties.add(prefix + "client-id", () -> CLIENT_ID);
        properties.add(prefix + "client-secret", () -> "test-secret");
        properties.add(prefix + "client-name", () -> clientName);
        properties.add(prefix + "scope", () -> "openid,email");
        properties.add(prefix + "authorization-grant-type", () -> "authorization_code");
        properties.add(prefix + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        String provider = "spring.security.oauth2.client.provider." + registrationId + ".";
        properties.add(provider + "authorization-uri", () -> url() + "/authorize");
        properties.add(provider + "token-uri", () -> url() + "/token");
        properties.add(provider + "jwk-set-uri", () -> url() + "/jwks");
        properties.add(provider + "user-name-attribute", () -> "sub");
    }

    /** A plain OAuth 2.0 registration (no openid scope) with a working user-info endpoint. */
    void registerPlain(DynamicPropertyRegistry properties, String registrationId, String clientName) {
        String plain = "spring.security.oauth2.client.registration." + registrationId + ".";
        properties.add(plain + "client-id", () -> CLIENT_ID);
        properties.add(plain + "client-secret", () -> "test-secret");
        properties.add(plain + "client-name", () -> clientName);
        properties.add(plain + "scope", () -> "profile");
        properties.add(plain + "authorization-grant-type", () -> "authorization_code");
        properties.add(plain + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        String provider = "spring.security.oauth2.client.provider." + registrationId + ".";
        properties.add(provider + "authorization-uri", () -> url() + "/authorize");
        properties.add(provider + "token-uri", () -> url() + "/token");
        properties.add(provider + "user-info-uri", () -> url() + "/userinfo");
        properties.add(provider + "user-name-attribute", () -> "sub");
    }

    /** A signed ID token for the subject, with the nonce of the authorization request and extra claims. */
    String idToken(String nonce, String subject, Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(url())
                .subject(subject)
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce);
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /**
     * Starts the flow in the session, lets the provider answer for {@code subject} with these claims, and returns
     * where the application sends the browser after the provider's redirect back.
     */
    String signIn(MockMvc mvc, String registration, MockHttpSession session, String subject, Map<String, Object> claims)
            throws Exception {
        String location = mvc.perform(
                        get("/oauth2/authorization/" + registration).session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return answer(mvc, registration, session, location, subject, claims);
    }

    /**
     * The provider's answer to an authorization request the application sent the browser to ({@code location}):
     * returns where the application sends the browser next.
     */
    String answer(
            MockMvc mvc,
            String registration,
            MockHttpSession session,
            String location,
            String subject,
            Map<String, Object> claims)
            throws Exception {
        MultiValueMap<String, String> query =
                UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        String nonce = query.getFirst("nonce");
        nextIdToken = idToken(nonce == null ? "" : decoded(nonce), subject, claims);
        return mvc.perform(get("/login/oauth2/code/" + registration)
                        .param("code", "one-time-code")
                        .param("state", decoded(query.getFirst("state")))
                        .session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
