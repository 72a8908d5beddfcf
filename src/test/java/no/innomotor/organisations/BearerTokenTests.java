package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The API and the metrics endpoint with a personal access token (Authorization: Bearer): as the token's person with
 * their roles of the moment, stateless, without CSRF; refused when unknown, expired, revoked, out of scope or locked.
 */
@InnomotorTest
class BearerTokenTests {

    private static final AtomicInteger ADDRESSES =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(250));

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessTokensManagement tokens;

    @Autowired
    AccessTokenRepository repository;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    OrganisationFixtures people;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    ProjectFixtures fixtures;

    ProjectFixtures.Org org;
    /** Every test speaks from an address of its own, so no test's failures lock another's address. */
    String address;

    @BeforeEach
    void setUp() {
        org = fixtures.municipality("Tokenby kommune " + System.nanoTime());
        int n = ADDRESSES.incrementAndGet();
        address = "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private RequestPostProcessor from(String remote) {
        return request -> {
            request.setRemoteAddr(remote);
            return request;
        };
    }

    private MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String secret) {
        return request.header("Authorization", "Bearer " + secret).with(from(address));
    }

    private String token(ProjectFixtures.Person person, AccessTokenScope scope) {
        return tokens.create(person.id(), new NewAccessToken("Skript", scope, 30))
                .secret();
    }

    private static String project(ProjectFixtures.Org org, String title) {
        return """
                {"title": "%s", "need": "Eldre skal bo trygt hjemme.", "organisationId": "%s",
                 "estimatedValueNok": 1500000, "cpvCodes": ["45210000"], "nutsCode": "NO081",
                 "procedure": "COMPETITIVE_DIALOGUE", "teamMembers": []}
                """.formatted(title, org.id());
    }

    @Test
    void aTokenReadsTheProjectsOfItsPersonStatelessly() throws Exception {
        ProjectId own = fixtures.project(org, "Egne via nøkkel");
        ProjectFixtures.Org other = fixtures.municipality("Annenby kommune " + System.nanoTime());
        fixtures.project(other, "Andres via nøkkel");
        String secret = token(org.buyer(), AccessTokenScope.READ);

        MvcResult result = mvc.perform(bearer(get("/api/v1/projects"), secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(own.toString())))
                .andExpect(jsonPath("$.items[*].title", not(hasItem("Andres via nøkkel"))))
                .andReturn();
        assertThat(result.getRequest().getSession(false))
                .as("no session for a token")
                .isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        mvc.perform(bearer(get("/api/v1/projects/" + own), secret)).andExpect(status().isOk());
    }

    @Test
    void aReadTokenMayNotWriteAndAReadWriteTokenWritesWithoutCsrf() throws Exception {
        String read = token(org.buyer(), AccessTokenScope.READ);
        mvc.perform(bearer(post("/api/v1/projects"), read)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(project(org, "Med lesenøkkel")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"insufficient_scope\"")));

        String write = token(org.buyer(), AccessTokenScope.READ_WRITE);
        MvcResult created = mvc.perform(bearer(post("/api/v1/projects"), write)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(project(org, "Med skrivenøkkel")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Med skrivenøkkel"))
                .andReturn();
        assertThat(created.getRequest().getSession(false)).isNull();
        // The token gives the person's rights, no more: a top leader may not create projects.
        mvc.perform(bearer(post("/api/v1/projects"), token(org.leader(), AccessTokenScope.READ_WRITE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(project(org, "Leder via nøkkel")))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownExpiredAndRevokedTokensAre401WithInvalidToken() throws Exception {
        String unknown = "inm_" + "A".repeat(43);
        CreatedAccessToken expired =
                tokens.create(org.buyer().id(), new NewAccessToken("Gammel", AccessTokenScope.READ, 30));
        AccessToken stored = repository.findById(expired.token().id()).orElseThrow();
        repository.delete(stored);
        Instant past = Instant.now().minus(Duration.ofDays(31));
        repository.saveAndFlush(new AccessToken(
                org.buyer().id(),
                "Gammel",
                AccessTokenScope.READ,
                Tokens.hash(expired.secret()),
                expired.secret().substring(0, 8),
                past,
                past.plus(Duration.ofDays(30))));
        String revoked = token(org.buyer(), AccessTokenScope.READ);
        mvc.perform(bearer(get("/api/v1/projects"), revoked)).andExpect(status().isOk());
        tokens.revoke(
                org.buyer().id(),
                repository.findByTokenHash(Tokens.hash(revoked)).orElseThrow().id());

        for (String secret : new String[] {unknown, expired.secret(), revoked, "not-even-a-token"}) {
            mvc.perform(bearer(get("/api/v1/projects"), secret).param("lang", "en"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Not signed in"))
                    .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                    .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")));
        }
        assertThat(tokens.tokensOf(org.buyer().id()))
                .filteredOn(t -> t.name().equals("Gammel"))
                .singleElement()
                .satisfies(t -> assertThat(t.expired()).isTrue());
    }

    @Test
    void theLastUseIsNotedAtMostOnceAMinute() throws Exception {
        CreatedAccessToken created =
                tokens.create(org.buyer().id(), new NewAccessToken("Bruk", AccessTokenScope.READ, 30));
        assertThat(tokens.tokensOf(org.buyer().id()).get(0).lastUsedAt()).isNull();
        mvc.perform(bearer(get("/api/v1/projects"), created.secret())).andExpect(status().isOk());
        Instant first = repository.findById(created.token().id()).orElseThrow().lastUsedAt();
        assertThat(first).isNotNull().isBefore(Instant.now().plusSeconds(1));
        mvc.perform(bearer(get("/api/v1/projects"), created.secret())).andExpect(status().isOk());
        assertThat(repository.findById(created.token().id()).orElseThrow().lastUsedAt())
                .isEqualTo(first);
        assertThat(repository.markUsed(created.token().id(), Instant.now(), first))
                .isZero();
        assertThat(repository.markUsed(created.token().id(), Instant.now(), first.plusMillis(1)))
                .isOne();
    }

    @Test
    void aLockedAccountsTokensAreRefusedWhileTheLockHolds() throws Exception {
        String secret = token(org.buyer(), AccessTokenScope.READ);
        mvc.perform(bearer(get("/api/v1/projects"), secret)).andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login")
                            .with(csrf())
                            .with(from(address))
                            .param("username", org.buyer().email())
                            .param("password", "wrong"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(bearer(get("/api/v1/projects"), secret))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")));
        // From any address: the lock is the account's.
        mvc.perform(get("/api/v1/projects")
                        .header("Authorization", "Bearer " + secret)
                        .with(from("198.19.0.9")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void guessingTokensFromOneAddressIsStoppedWith429() throws Exception {
        String good = token(org.buyer(), AccessTokenScope.READ);
        for (int i = 0; i < 50; i++) {
            String guess = "inm_" + Tokens.newToken();
            mvc.perform(bearer(get("/api/v1/projects"), guess)).andExpect(status().isUnauthorized());
        }
        mvc.perform(bearer(get("/api/v1/projects"), good))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("Retry-After"));
        // The address is locked for passwords too; another address is not.
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(address))
                        .param("username", org.buyer().email())
                        .param("password", ProjectFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/projects")
                        .header("Authorization", "Bearer " + good)
                        .with(from("198.19.1.7")))
                .andExpect(status().isOk());
    }

    @Test
    void prometheusIsScrapedWithAnAdministratorsTokenOnly() throws Exception {
        PersonSummary admin = people.admin();
        String adminToken = tokens.create(admin.id(), new NewAccessToken("Prometheus", AccessTokenScope.READ, 365))
                .secret();
        MvcResult scraped = mvc.perform(bearer(get("/actuator/prometheus"), adminToken))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andReturn();
        assertThat(scraped.getRequest().getSession(false)).isNull();

        String buyerToken = token(org.buyer(), AccessTokenScope.READ_WRITE);
        mvc.perform(bearer(get("/actuator/prometheus"), buyerToken)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void rolesAreReadOnEveryTokenRequestNotFrozenInTheToken() throws Exception {
        OrganisationSummary operator = people.organisation(OrganisationType.OTHER, "Drift " + System.nanoTime());
        PersonSummary person = people.person("Rune Rolle", operator.id());
        String secret = tokens.create(person.id(), new NewAccessToken("Roller", AccessTokenScope.READ, 30))
                .secret();
        mvc.perform(bearer(get("/actuator/prometheus"), secret)).andExpect(status().isForbidden());
        organisations.grantRole(person.id(), operator.id(), Role.ADMIN, null);
        mvc.perform(bearer(get("/actuator/prometheus"), secret)).andExpect(status().isOk());
        organisations.reject(operator.id(), null);
        mvc.perform(bearer(get("/actuator/prometheus"), secret)).andExpect(status().isForbidden());
    }

    @Test
    void sessionWritesToTheApiStillNeedTheCsrfHeader() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .with(user(org.buyer().details()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(project(org, "Økt uten token")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/projects")
                        .with(user(org.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(project(org, "Økt med token")))
                .andExpect(status().isCreated());
        // A header that is not a valid token does not lift CSRF protection for a session either.
        mvc.perform(post("/api/v1/projects")
                        .with(user(org.buyer().details()))
                        .header("Authorization", "Basic Zm9vOmJhcg==")
                        .with(from(address))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(project(org, "Økt med Basic")))
                .andExpect(status().isForbidden());
    }
}
