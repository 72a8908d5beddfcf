package no.innomotor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Static assets are linked by content-hashed URLs that browsers keep a year; the plain URL still answers but is
 * revalidated; pages stay uncached. Through the whole filter chain (Spring Security's headers, the CSP filter).
 * Compression on the wire is a matter of the real server: see browser/AssetCachingBrowserTests.
 */
@InnomotorTest
class AssetsTests {

    private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+");

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    Assets assets;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    ProjectsManagement projects;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/css/app.css",
                "/js/app.js",
                "/js/cpv-picker.js",
                "/js/projects.js",
                "/vendor/designsystemet/designsystemet.css",
                "/vendor/designsystemet/index.css",
                "/vendor/htmx/htmx.min.js",
                "/vendor/fonts/inter-latin-wght-normal.woff2"
            })
    void theHashedUrlOfAnAssetAnswersWithCachingForAYear(String path) throws Exception {
        String hashed = assets.url(path);
        assertThat(hashed)
                .startsWith(path.substring(0, path.lastIndexOf('.')) + "-")
                .matches(HASHED);

        MockHttpServletResponse response =
                mvc.perform(get(hashed)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeaders(HttpHeaders.CACHE_CONTROL)).containsExactly(Assets.HASHED);
        assertThat(response.getHeader(HttpHeaders.PRAGMA)).isNull();
        assertThat(response.getHeader(HttpHeaders.EXPIRES)).isNull();
        assertThat(response.getContentAsByteArray()).isNotEmpty();
    }

    @Test
    void thePlainUrlStillAnswersButIsRevalidatedOnEveryUse() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/css/app.css"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("@font-face")))
                .andReturn()
                .getResponse();
        assertThat(response.getHeaders(HttpHeaders.CACHE_CONTROL)).containsExactly(Assets.PLAIN);

        // A browser revalidating what it keeps gets "not modified", still with no-cache.
        mvc.perform(get("/css/app.css")
                        .header(HttpHeaders.IF_MODIFIED_SINCE, response.getHeader(HttpHeaders.LAST_MODIFIED)))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, Assets.PLAIN));
    }

    @Test
    void aHashThatIsNotTheContentsIsNotFoundAndNotCached() throws Exception {
        mvc.perform(get("/css/app-0123456789abcdef0123456789abcdef.css"))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-")));
    }

    @Test
    void theFontUrlsInsideTheStylesheetAreHashedToo() throws Exception {
        String css = mvc.perform(get(assets.url("/css/app.css")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher fonts =
                Pattern.compile("url\\(\"?(/vendor/fonts/[^\")]+)\"?\\)").matcher(css);
        int found = 0;
        while (fonts.find()) {
            found++;
            String font = fonts.group(1);
            assertThat(font).matches(HASHED);
            mvc.perform(get(font))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, Assets.HASHED));
        }
        assertThat(found).as("font URLs in app.css").isEqualTo(2);
        assertThat(css).doesNotContain("/vendor/fonts/inter-latin-wght-normal.woff2\"");
    }

    @Test
    void aSignedInPersonsPageLinksTheHashedAssetsAndIsNeverStored() throws Exception {
        ProjectFixtures.Org org = fixtures.municipality("Hashvik kommune");
        String html = mvc.perform(get("/projects").with(user(org.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self'")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("<link rel=\"stylesheet\" href=\"" + assets.url("/css/app.css") + "\">")
                .contains("<script src=\"" + assets.url("/vendor/htmx/htmx.min.js") + "\" defer></script>")
                .doesNotContain("href=\"/css/app.css\"")
                .doesNotContain("src=\"/js/app.js\"");
    }

    @Test
    void aPublicPageIsNotStoredEither() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
    }
}
