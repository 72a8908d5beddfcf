package no.innomotor.platform;

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
    @ValueSource(strings = {"/", "/about", "/accessibility", "/login"})
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
        mvc.perform(get("/actuator/prometheus").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
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
