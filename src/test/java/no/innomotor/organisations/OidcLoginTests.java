package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * OpenID Connect sign-in configured by properties alone, against a small fake provider on a dynamic port
 * ({@link FakeOidcProvider}). Every endpoint is given explicitly, without issuer-uri, so nothing is discovered at
 * start-up.
 */
@InnomotorTest
class OidcLoginTests {

    private static final FakeOidcProvider PROVIDER = new FakeOidcProvider();

    private static String provider() {
        return PROVIDER.url();
    }

    @DynamicPropertySource
    static void registration(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties, "testid", "Test-ID");
        PROVIDER.registerPlain(properties, "plain", "Plain-OAuth");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    /** Starts the flow, lets the provider answer with these claims, and returns where the person is sent. */
    private String signInWith(MockHttpSession session, Map<String, Object> claims) throws Exception {
        return signInWith("testid", session, claims);
    }

    private String signInWith(String registration, MockHttpSession session, Map<String, Object> claims)
            throws Exception {
        return PROVIDER.signIn(mvc, registration, session, "pairwise-subject", claims);
    }

    private static String decoded(String value) {
        return FakeOidcProvider.decoded(value);
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
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UriComponents uri = UriComponentsBuilder.fromUriString(location).build();
        assertThat(location).startsWith(provider() + "/authorize?");
        MultiValueMap<String, String> query = uri.getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo(FakeOidcProvider.CLIENT_ID);
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

        assertThat(signInWith(session, Map.of("email", person.email(), "email_verified", true)))
                .isEqualTo("/");

        SecurityContext context = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        CurrentUser user = (CurrentUser) context.getAuthentication().getPrincipal();
        assertThat(user.personId()).isEqualTo(person.id());
        assertThat(user.hasRole(org.id(), Role.BUYER)).isTrue();
        assertThat(context.getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_BUYER");
        mvc.perform(get("/organisations/mine").session(session)).andExpect(redirectedUrl("/organisations/" + org.id()));
        mvc.perform(get("/organisations/" + org.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Frank Føderert")));
    }

    @Test
    void anAddressWithoutAnAccountIsSentBackToTheLoginPageWithTheReason() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(signInWith(session, Map.of("email", TestData.email("fremmed"), "email_verified", true)))
                .isEqualTo("/login?oidc=no-account");
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNull();
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
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNull();
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
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNull();
    }

    @Test
    void aLockedAccountIsNotSignedInThroughTheProviderEither() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Låste kommune");
        PersonSummary person = fixtures.person("Lars Låst", org.id(), Role.BUYER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login")
                            .with(csrf())
                            .with(request -> {
                                request.setRemoteAddr("198.18.250.17");
                                return request;
                            })
                            .param("username", person.email())
                            .param("password", "wrong"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        MockHttpSession session = new MockHttpSession();
        assertThat(signInWith(session, Map.of("email", person.email(), "email_verified", true)))
                .isEqualTo("/login?locked");
        assertThat(session.isInvalid()
                        || session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                == null)
                .as("no signed-in session")
                .isTrue();

        // Someone else, not locked, signs in through the same provider as before.
        PersonSummary other = fixtures.person("Olga Oppe", org.id(), Role.BUYER);
        assertThat(signInWith(new MockHttpSession(), Map.of("email", other.email(), "email_verified", true)))
                .isEqualTo("/");
    }
}
