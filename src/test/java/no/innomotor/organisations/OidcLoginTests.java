package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OpenID Connect sign-in configured by properties alone, against a small fake provider on a dynamic port (token and
 * key endpoints only: the browser's trip to the authorization endpoint is skipped). Every endpoint is given
 * explicitly, without issuer-uri, so nothing is discovered at start-up.
 */
@InnomotorTest
class OidcLoginTests {

    private static final String CLIENT_ID = "innomotor-test";
    private static final RSAKey KEY;
    private static final HttpServer PROVIDER;
    private static volatile String nextIdToken = "";

    static {
        try {
            KEY = new RSAKeyGenerator(2048).keyID("test-key").generate();
            PROVIDER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        PROVIDER.createContext("/jwks", exchange -> respond(exchange, new JWKSet(KEY.toPublicJWK()).toString()));
        PROVIDER.createContext("/token", exchange -> {
            exchange.getRequestBody().readAllBytes();
            respond(exchange, "{\"access_token\":\"access\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                    + "\"scope\":\"openid email\",\"id_token\":\"" + nextIdToken + "\"}");
        });
        PROVIDER.createContext("/userinfo", exchange -> respond(exchange,
                "{\"sub\":\"plain-subject\",\"email\":\"someone@example.org\"}"));
        PROVIDER.start();
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String provider() {
        return "http://127.0.0.1:" + PROVIDER.getAddress().getPort();
    }

    @DynamicPropertySource
    static void registration(DynamicPropertyRegistry properties) {
        String prefix = "spring.security.oauth2.client.registration.testid.";
        properties.add(prefix + "client-id", () -> CLIENT_ID);
        properties.add(prefix + "client-secret", () -> "test-secret");
        properties.add(prefix + "client-name", () -> "Test-ID");
        properties.add(prefix + "scope", () -> "openid,email");
        properties.add(prefix + "authorization-grant-type", () -> "authorization_code");
        properties.add(prefix + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        String provider = "spring.security.oauth2.client.provider.testid.";
        properties.add(provider + "authorization-uri", () -> provider() + "/authorize");
        properties.add(provider + "token-uri", () -> provider() + "/token");
        properties.add(provider + "jwk-set-uri", () -> provider() + "/jwks");
        properties.add(provider + "user-name-attribute", () -> "sub");
        // A plain OAuth 2.0 registration (no openid scope) with a working user-info endpoint.
        String plain = "spring.security.oauth2.client.registration.plain.";
        properties.add(plain + "client-id", () -> CLIENT_ID);
        properties.add(plain + "client-secret", () -> "test-secret");
        properties.add(plain + "client-name", () -> "Plain-OAuth");
        properties.add(plain + "scope", () -> "profile");
        properties.add(plain + "authorization-grant-type", () -> "authorization_code");
        properties.add(plain + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        String plainProvider = "spring.security.oauth2.client.provider.plain.";
        properties.add(plainProvider + "authorization-uri", () -> provider() + "/authorize");
        properties.add(plainProvider + "token-uri", () -> provider() + "/token");
        properties.add(plainProvider + "user-info-uri", () -> provider() + "/userinfo");
        properties.add(plainProvider + "user-name-attribute", () -> "sub");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    private static String idToken(String nonce, Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(provider()).subject("pairwise-subject").audience(CLIENT_ID)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce);
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                builder.build());
        try {
            jwt.sign(new RSASSASigner(KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Starts the flow, lets the provider answer with these claims, and returns where the person is sent. */
    private String signInWith(MockHttpSession session, Map<String, Object> claims) throws Exception {
        return signInWith("testid", session, claims);
    }

    private String signInWith(String registration, MockHttpSession session, Map<String, Object> claims)
            throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/" + registration).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        String nonce = query.getFirst("nonce");
        nextIdToken = idToken(nonce == null ? "" : decoded(nonce), claims);
        return mvc.perform(get("/login/oauth2/code/" + registration).param("code", "one-time-code")
                        .param("state", decoded(query.getFirst("state"))).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theLoginPageOffersEveryConfiguredProvider() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/testid\"")))
                .andExpect(content().string(containsString("Logg inn med Test-ID")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Sign in with Test-ID")));
    }

    @Test
    void theProviderIsAskedForAnAuthorizationCodeWithStateNonceAndPkce() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/testid"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UriComponents uri = UriComponentsBuilder.fromUriString(location).build();
        assertThat(location).startsWith(provider() + "/authorize?");
        MultiValueMap<String, String> query = uri.getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo(CLIENT_ID);
        assertThat(decoded(query.getFirst("scope"))).contains("openid");
        assertThat(decoded(query.getFirst("redirect_uri"))).isEqualTo("http://localhost/login/oauth2/code/testid");
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(query.getFirst("nonce")).isNotBlank();
        assertThat(query.getFirst("code_challenge")).isNotBlank();
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
    }

    @Test
    void aPersonWithAVerifiedAddressIsSignedInAsThemselvesWithTheirRoles() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Fødererte kommune");
        PersonSummary person = fixtures.person("Frank Føderert", org.id(), Role.BUYER);
        MockHttpSession session = new MockHttpSession();

        assertThat(signInWith(session, Map.of("email", person.email(), "email_verified", true))).isEqualTo("/");

        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        CurrentUser user = (CurrentUser) context.getAuthentication().getPrincipal();
        assertThat(user.personId()).isEqualTo(person.id());
        assertThat(user.hasRole(org.id(), Role.BUYER)).isTrue();
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString).contains("ROLE_BUYER");
        mvc.perform(get("/organisations/mine").session(session))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        mvc.perform(get("/organisations/" + org.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Frank Føderert")));
    }

    @Test
    void anAddressWithoutAnAccountIsSentBackToTheLoginPageWithTheReason() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(signInWith(session, Map.of("email", TestData.email("fremmed"), "email_verified", true)))
                .isEqualTo("/login?oidc=no-account");
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        mvc.perform(get("/login").param("oidc", "no-account"))
                .andExpect(content().string(containsString("ingen konto i Innomotor har den e-postadressen")));
    }

    @Test
    void anUnverifiedAddressIsRefusedEvenForAnExistingAccount() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Uverifisert Føderasjon AS");
        PersonSummary person = fixtures.person("Una Uverifisert", org.id(), Role.SUPPLIER);
        MockHttpSession session = new MockHttpSession();
        assertThat(signInWith(session, Map.of("email", person.email(), "email_verified", false)))
                .isEqualTo("/login?oidc=email-not-verified");
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        mvc.perform(get("/login").param("oidc", "email-not-verified").param("lang", "nn"))
                .andExpect(content().string(containsString("inga stadfesta e-postadresse")));
    }

    @Test
    void aCallbackWithoutAMatchingAuthorizationRequestFails() throws Exception {
        mvc.perform(get("/login/oauth2/code/testid").param("code", "stolen").param("state", "forged"))
                .andExpect(redirectedUrl("/login?oidc=failed"));
        mvc.perform(get("/login").param("oidc", "failed").param("lang", "en"))
                .andExpect(content().string(containsString("The sign-in was interrupted or failed.")));
    }

    @Test
    void aRegistrationWithoutOpenidNeverSignsAnyoneInAndIsNotOffered() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("Plain-OAuth"))));
        MockHttpSession session = new MockHttpSession();
        assertThat(signInWith("plain", session, Map.of())).isEqualTo("/login?oidc=failed");
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }
}
