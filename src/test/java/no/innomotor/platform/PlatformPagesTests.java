package no.innomotor.platform;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
class PlatformPagesTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/about", "/about/api", "/accessibility", "/login"})
    void publicPagesAreOpenToAnyone(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"nb\"")))
                .andExpect(content().string(containsString("Hopp til hovedinnhold")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void aboutPageNamesTheTenMeasuresInEachLanguage() throws Exception {
        mvc.perform(get("/about"))
                .andExpect(content().string(containsString("Anskaffelsesakademiet")))
                .andExpect(content().string(containsString("Risikoavlastning")));
        mvc.perform(get("/about").param("lang", "nn"))
                .andExpect(content().string(containsString("<html lang=\"nn\"")))
                .andExpect(content().string(containsString("Dei ti tiltaka")));
        mvc.perform(get("/about").param("lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("The ten measures")));
    }

    @Test
    void theFooterLinksThePageAboutTheApiNotTheRawOpenApiDocument() throws Exception {
        mvc.perform(get("/about"))
                .andExpect(content().string(containsString("<a class=\"ds-link\" href=\"/about/api\">Om API-et</a>")))
                .andExpect(content().string(not(containsString("href=\"/v3/api-docs\">"))));
    }

    @Test
    void theApiPageExplainsWhatIsThereHowToSignInAndLinksTheOpenApiDocument() throws Exception {
        mvc.perform(get("/about/api"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1 class=\"ds-heading\" data-size=\"xl\">Innomotors API</h1>"),
                                containsString("/api/v1/projects"),
                                containsString("/api/v1/opportunities"),
                                containsString("personlig tilgangsnøkkel som du lager på profilsiden din"),
                                containsString("X-CSRF-TOKEN"),
                                containsString("application/problem+json"),
                                containsString("Id-er er vanlige tekststrenger"),
                                containsString("href=\"/v3/api-docs\""),
                                // Swagger UI is switched off in this build, so the page does not offer a dead link.
                                not(containsString("swagger-ui")))));
        mvc.perform(get("/about/api").param("lang", "en"))
                .andExpect(content().string(containsString("a personal access token created on your profile page")));
        mvc.perform(get("/about/api").param("lang", "nn"))
                .andExpect(content().string(containsString("API-et til Innomotor")));
    }

    @Test
    void theAccessibilityStatementFollowsTheNorwegianStructureWithTheConfiguredContact() throws Exception {
        mvc.perform(get("/accessibility"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Innomotor er ansvarlig for tjenesten"),
                                containsString(">Om tjenesten</h2>"),
                                containsString(">Status</h2>"),
                                containsString("Tjenesten oppfyller kravene delvis"),
                                containsString(">Kjente avvik</h3>"),
                                containsString(">Meld fra om en barriere</h2>"),
                                containsString("<a class=\"ds-link\" href=\"mailto:tilgjengelighet@innomotor.no\">"
                                        + "tilgjengelighet@innomotor.no</a>"),
                                containsString(">Tilsyn</h2>"),
                                containsString("<a class=\"ds-link\" href=\"https://www.uutilsynet.no/\">"),
                                containsString(">Slik er tjenesten vurdert</h2>"),
                                containsString("Erklæringen ble sist oppdatert 02.12.2026."),
                                // No phone number is configured, so none is shown.
                                not(containsString("tel:")))));
        mvc.perform(get("/accessibility").param("lang", "nn"))
                .andExpect(content().string(containsString(">Meld frå om ein barriere</h2>")))
                .andExpect(content().string(containsString("Erklæringa vart sist oppdatert 02.12.2026.")));
        mvc.perform(get("/accessibility").param("lang", "en"))
                .andExpect(content().string(containsString(">Report a barrier</h2>")))
                .andExpect(content().string(containsString("Norwegian Authority for Universal Design of ICT")));
    }

    @Test
    void anUnsupportedLanguageFallsBackToBokmal() throws Exception {
        mvc.perform(get("/about").param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"nb\"")));
    }

    @Test
    void anonymousBrowserIsSentToLoginForAnythingNotPublic() throws Exception {
        mvc.perform(get("/some/private/page").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void failedLoginShowsAnErrorInTheUsersLanguage() throws Exception {
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", "nobody@example.no")
                        .param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").param("lang", "en"))
                .andExpect(content().string(containsString("The e-mail address or password is wrong.")));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "nobody@example.no").param("password", "wrong"))
                .andExpect(status().isForbidden());
    }

    @Test
    void errorPageShowsNoExceptionDetails() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 500)
                        .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret detail")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Noe gikk galt")))
                .andExpect(content().string(not(containsString("secret detail"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void healthIsOpenButOtherActuatorEndpointsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        // A scraper is no browser: even from one, the answer is 401 naming the Bearer scheme, not the login page.
        mvc.perform(get("/actuator/prometheus").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
        mvc.perform(get("/actuator/prometheus").with(user("kari").roles("BUYER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorScrapesPrometheusMetrics() throws Exception {
        mvc.perform(get("/about")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(user("scraper").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/plain")))
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("http_server_requests_seconds_count")));
    }

    @Test
    void theErrorPathCalledDirectlyIsABadRequest() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ugyldig forespørsel")));
    }
}
