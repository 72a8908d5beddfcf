package no.innomotor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's case library: Statens vegvesen's road-maintenance case is published with its lessons, its solution is
 * listed with Vestland's adoption, and Ola Nordmann at Trondheim is offered to follow and to adopt it.
 */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class CaseDemoDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SolutionQueries solutions;

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theRoadCaseIsPublishedAndItsSolutionAdoptedByVestland() throws Exception {
        assertThat(page("/cases")).contains(CaseDemoData.ROADS, "Statens vegvesen");
        SolutionSummary listed = solutions.listed().stream()
                .filter(s -> s.name().equals("Prediktivt vegvedlikehold"))
                .findFirst()
                .orElseThrow();
        assertThat(listed.adoptions()).isEqualTo(1);
        assertThat(page(listed.path())).contains("Vestland fylkeskommune", "Felles anskaffelse");
        // The case tells the benefits the project's team measured, from the knowledge module's copy of them.
        java.util.regex.Matcher toCase = java.util.regex.Pattern.compile("href=\"(/cases/[0-9a-f-]{36})\"")
                .matcher(page(listed.path()));
        assertThat(toCase.find()).isTrue();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page(toCase.group(1)))
                        .contains(
                                "Lavere kostnad for akutte utbedringer", "Færre stengte veger for næringstransporten"));

        UserDetails ola = users.loadUserByUsername("ola.innkjoper@trondheim.kommune.no");
        String offered = mvc.perform(get(listed.path()).with(user(ola)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(offered).contains(listed.path() + "/follow", listed.path() + "/adoptions");
    }
}
