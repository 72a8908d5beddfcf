package no.innomotor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

@InnomotorTest
class JsonBodyLimitTests {

    private static final int LIMIT = 1_048_576;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    MessageSource messages;

    private static String jsonOf(int bytes) {
        return "{\"title\": \"" + "x".repeat(bytes) + "\"}";
    }

    @Test
    void anApiBodyOverTheLimitIsRefusedWith413ProblemJsonInTheCallersLanguage() throws Exception {
        ProjectFixtures.Org org = fixtures.municipality("Storvik kommune");
        mvc.perform(post("/api/v1/projects")
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(jsonOf(LIMIT + 10)))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.title").value("For stor forespørsel"))
                // The limit is a number in Norwegian format (1 024, with a no-break space).
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        matchesPattern(
                                                "Innholdet i forespørselen er for stort\\. Største tillatte størrelse er 1[\u00a0\u202f]024 kB\\.")));
        // A body within the limit reaches the API, which judges its content (here: fields missing).
        mvc.perform(post("/api/v1/projects")
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(jsonOf(1000)))
                .andExpect(status().isUnprocessableContent());
    }

    /** A chunked body declares no length: it is read up to the limit, refused beyond it, passed on within it. */
    @Test
    void aChunkedBodyIsCountedAsItIsRead() throws Exception {
        JsonBodyLimit filter = new JsonBodyLimit(
                new ApiProblems(
                        messages,
                        new FixedLocaleResolver(Locale.ENGLISH),
                        JsonMapper.builder().build()),
                100);

        MockHttpServletResponse tooLarge = new MockHttpServletResponse();
        MockFilterChain notReached = new MockFilterChain();
        filter.doFilter(chunked("/api/v1/projects", jsonOf(200)), tooLarge, notReached);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentAsString()).contains("The largest allowed size is 0 kB.");
        assertThat(notReached.getRequest()).as("the chain was not called").isNull();

        MockHttpServletResponse fits = new MockHttpServletResponse();
        MockFilterChain reached = new MockFilterChain();
        filter.doFilter(chunked("/api/v1/projects", jsonOf(20)), fits, reached);
        assertThat(reached.getRequest()).isNotNull();
        assertThat(new String(reached.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(jsonOf(20));

        // Pages are not the filter's business (their uploads have their own limit).
        MockFilterChain page = new MockFilterChain();
        filter.doFilter(chunked("/projects", jsonOf(200)), new MockHttpServletResponse(), page);
        assertThat(page.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest chunked(String uri, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri) {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
