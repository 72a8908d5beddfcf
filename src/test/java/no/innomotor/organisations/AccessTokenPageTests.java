package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import no.innomotor.audit.AuditEntry;
import no.innomotor.audit.AuditManagement;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

/** Personal access tokens on the profile page: created with the secret shown once, listed, revoked, refused. */
@InnomotorTest
class AccessTokenPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    AccessTokensManagement tokens;

    @Autowired
    AuditManagement audit;

    @Autowired
    JdbcTemplate jdbc;

    private PersonSummary person(String name) {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, name + " kommune");
        return fixtures.person(name, org.id(), Role.BUYER);
    }

    private MvcResult create(PersonSummary person, String name, String scope, String days) throws Exception {
        return mvc.perform(post("/profile/tokens")
                        .with(fixtures.as(person))
                        .with(csrf())
                        .param("tokenName", name)
                        .param("scope", scope)
                        .param("validForDays", days))
                .andReturn();
    }

    private String profile(PersonSummary person, FlashMap flash, String lang) throws Exception {
        var request = get("/profile").param("lang", lang).with(fixtures.as(person));
        if (!flash.isEmpty()) {
            request.flashAttrs(flash);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theSecretIsShownOnceAfterCreatingAndTheListNeverShowsIt() throws Exception {
        PersonSummary person = person("Tora Token");
        MvcResult created = create(person, "Rapportskript", "READ", "90");
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/profile#access-tokens");
        CreatedAccessToken token = (CreatedAccessToken) created.getFlashMap().get("createdToken");
        String secret = token.secret();
        assertThat(secret).startsWith("inm_").hasSize(47);

        String once = profile(person, created.getFlashMap(), "nb");
        assertThat(once)
                .contains("Tilgangsnøkler for API-et")
                .contains("value=\"" + secret + "\"")
                .contains("Den vises bare denne ene gangen")
                .contains("<td>Rapportskript</td>")
                .contains("<code>" + secret.substring(0, 8) + "…</code>")
                .contains("<td>Bare lese</td>")
                .contains("Aldri brukt")
                .contains("action=\"/profile/tokens/" + token.token().id() + "/revoke\"");

        String again = profile(person, new FlashMap(), "nb");
        assertThat(again)
                .doesNotContain(secret)
                .doesNotContain(secret.substring(8))
                .contains("<td>Rapportskript</td>")
                .contains("<code>" + secret.substring(0, 8) + "…</code>");
        assertThat(profile(person, new FlashMap(), "en"))
                .contains("Access tokens for the API")
                .contains("Read only");
        assertThat(profile(person, new FlashMap(), "nn")).contains("Tilgangsnøklar for API-et");
    }

    @Test
    void theDatabaseHoldsTheHashOfTheSecretAndNeverTheSecret() throws Exception {
        PersonSummary person = person("Hanna Hash");
        CreatedAccessToken token = (CreatedAccessToken)
                create(person, "Hashsjekk", "READ_WRITE", "30").getFlashMap().get("createdToken");
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select * from access_token where person_id = ?", person.id().value());
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row.get("token_hash")).isEqualTo(Tokens.hash(token.secret()));
        assertThat(row.get("prefix")).isEqualTo(token.secret().substring(0, 8));
        assertThat(row.get("scope")).isEqualTo("READ_WRITE");
        assertThat(row.values())
                .allSatisfy(value -> assertThat(String.valueOf(value))
                        .doesNotContain(token.secret().substring(8)));
        assertThat(token.toString()).doesNotContain(token.secret());
    }

    @Test
    void aMissingNameAndAnExpiryNotOfferedAreErrorsNextToTheFieldsInTheReadersLanguage() throws Exception {
        PersonSummary person = person("Vera Validering");
        String html = mvc.perform(post("/profile/tokens")
                        .with(fixtures.as(person))
                        .with(csrf())
                        .param("tokenName", " ")
                        .param("scope", "READ")
                        .param("validForDays", "0"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"tokenName-error\">Gi nøkkelen et navn.</div>")
                .contains("id=\"validForDays-error\">Velg 30, 90 eller 365 dager.</div>")
                .contains("href=\"#tokenName\"");
        String english = mvc.perform(post("/profile/tokens")
                        .param("lang", "en")
                        .with(fixtures.as(person))
                        .with(csrf())
                        .param("tokenName", "Evig")
                        .param("scope", "ADMIN")
                        .param("validForDays", "30"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("id=\"scope-error\">Choose what the token gives access to.</div>");
        assertThat(tokens.tokensOf(person.id())).isEmpty();
    }

    @Test
    void aPersonHoldsAtMostTwentyActiveTokens() throws Exception {
        PersonSummary person = person("Mange Nøkler");
        for (int i = 0; i < AccessTokensManagement.MAX_ACTIVE_TOKENS; i++) {
            tokens.create(person.id(), new NewAccessToken("Nøkkel " + i, AccessTokenScope.READ, 30));
        }
        String html = mvc.perform(post("/profile/tokens")
                        .with(fixtures.as(person))
                        .with(csrf())
                        .param("tokenName", "Én for mye")
                        .param("scope", "READ")
                        .param("validForDays", "30"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"tokenName-error\">Du har allerede 20 aktive tilgangsnøkler");
        assertThat(tokens.tokensOf(person.id())).hasSize(20);

        tokens.revoke(person.id(), tokens.tokensOf(person.id()).get(0).id());
        mvc.perform(post("/profile/tokens")
                        .with(fixtures.as(person))
                        .with(csrf())
                        .param("tokenName", "Nå er det plass")
                        .param("scope", "READ")
                        .param("validForDays", "30"))
                .andExpect(redirectedUrl("/profile#access-tokens"));
    }

    @Test
    void aPersonRevokesTheirOwnTokenAndTheAuditTrailRecordsCreatingAndRevoking() throws Exception {
        PersonSummary person = person("Rolf Revoker");
        CreatedAccessToken token = (CreatedAccessToken)
                create(person, "Gammelt skript", "READ", "365").getFlashMap().get("createdToken");

        MvcResult revoked = mvc.perform(post("/profile/tokens/" + token.token().id() + "/revoke")
                        .with(fixtures.as(person))
                        .with(csrf()))
                .andExpect(redirectedUrl("/profile#access-tokens"))
                .andReturn();
        assertThat(profile(person, revoked.getFlashMap(), "nb"))
                .contains("Tilgangsnøkkelen er trukket tilbake.")
                .doesNotContain("Gammelt skript")
                .contains("Du har ingen tilgangsnøkler.");
        assertThat(tokens.authenticate(token.secret())).isEmpty();

        List<AuditEntry> trail = audit.timeline("person", person.id().toString());
        assertThat(trail)
                .extracting(AuditEntry::action)
                .containsSubsequence("access-token.created", "access-token.revoked");
        assertThat(trail)
                .filteredOn(entry -> entry.action().equals("access-token.created"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.line())
                        .contains("Gammelt skript")
                        .containsAnyOf("Bare lese", "Read only")
                        .doesNotContain(token.secret().substring(8)));
        assertThat(trail)
                .allSatisfy(entry -> assertThat(entry.summary() + entry.line())
                        .doesNotContain(token.secret().substring(8))
                        .doesNotContain(Tokens.hash(token.secret())));

        // Revoking twice: the token is gone from the list, so it is not found.
        mvc.perform(post("/profile/tokens/" + token.token().id() + "/revoke")
                        .with(fixtures.as(person))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherPersonsTokenCannotBeRevokedItIsNotFound() throws Exception {
        PersonSummary owner = person("Eva Eier");
        PersonSummary other = person("Frode Fremmed");
        CreatedAccessToken token = tokens.create(owner.id(), new NewAccessToken("Eiers", AccessTokenScope.READ, 30));
        mvc.perform(post("/profile/tokens/" + token.token().id() + "/revoke")
                        .with(fixtures.as(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(tokens.authenticate(token.secret())).isPresent();
        assertThat(profile(other, new FlashMap(), "nb")).doesNotContain("Eiers");
    }

    @Test
    void creatingAndRevokingNeedTheCsrfToken() throws Exception {
        PersonSummary person = person("Cecilie Csrf");
        mvc.perform(post("/profile/tokens")
                        .with(fixtures.as(person))
                        .param("tokenName", "Uten CSRF")
                        .param("scope", "READ")
                        .param("validForDays", "30"))
                .andExpect(status().isForbidden());
        assertThat(tokens.tokensOf(person.id())).isEmpty();
    }

    @Test
    void aBearerTokenOnAPageSignsNobodyIn() throws Exception {
        PersonSummary person = person("Sidvise Sigrid");
        CreatedAccessToken token =
                tokens.create(person.id(), new NewAccessToken("Sider", AccessTokenScope.READ_WRITE, 30));
        mvc.perform(get("/profile").accept("text/html").header("Authorization", "Bearer " + token.secret()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/profile/tokens")
                        .header("Authorization", "Bearer " + token.secret())
                        .param("tokenName", "Via side")
                        .param("scope", "READ")
                        .param("validForDays", "30"))
                .andExpect(status().isForbidden());
        assertThat(tokens.tokensOf(person.id())).hasSize(1);
    }
}
