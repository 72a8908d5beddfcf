package no.innomotor.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's funding: Bærum's safety-sensor project has three instruments and the one overlap warning, which Kari
 * finds from her front page; Innovasjon Norge's and the Research Council's portfolios are not empty.
 */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class FundingDemoDataTests {

    private static final Pattern FUNDING_LINK = Pattern.compile("/projects/([0-9a-f-]{36})/funding");

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    private String page(String path, UserDetails person) throws Exception {
        return mvc.perform(get(path).with(user(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theBuyerFindsTheOverlapWarningFromHerFrontPage() throws Exception {
        UserDetails kari = users.loadUserByUsername("kari.innkjoper@baerum.kommune.no");

        String front = page("/", kari);
        // Risk relief's demo applications for the same project join the recorded entries, so the project has the
        // recorded overlap and, once their events have arrived, those the applications add.
        assertThat(front)
                .containsPattern("Finansieringen har (ett varsel|\\d+ varsler)")
                .contains(FundingDemoData.SENSORS);
        // The work items' links to funding pages; the sensor project's is the one with its grants.
        Matcher link = FUNDING_LINK.matcher(front);
        String funding = "";
        while (link.find() && !funding.contains("Innovasjonsprosjekt i offentlig sektor")) {
            funding = page(link.group(), kari);
        }

        assertThat(funding)
                .contains("Innovasjonsprosjekt i offentlig sektor", "Tilskudd til innovasjonspartnerskap")
                .contains("Skjønnsmidler til fornying og innovasjon", "Statsforvalteren i Oslo og Viken")
                .containsPattern("(Ett varsel|\\d+ varsler) trenger oppmerksomhet")
                .contains("«Innovasjonsprosjekt i offentlig sektor» (Norges forskningsråd)")
                .contains("«Tilskudd til innovasjonspartnerskap» (Innovasjon Norge) dekker begge utvikling og testing")
                .doesNotContain("Taket for samfinansiering er overskredet");
    }

    @Test
    void theActorsPortfoliosAreNotEmpty() throws Exception {
        UserDetails ingrid = users.loadUserByUsername("ingrid@innovasjonnorge.no");
        String front = page("/", ingrid);
        assertThat(front).contains("En søknad til dere dekker kostnader et annet virkemiddel også dekker");

        String portfolio = mvc.perform(get("/funding/portfolio").with(user(ingrid)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(portfolio, ingrid))
                .contains(FundingDemoData.SENSORS, "Tilskudd til innovasjonspartnerskap", "1\u00a0500\u00a0000\u00a0kr")
                .contains("Norges forskningsråd", "Statsforvalteren i Oslo og Viken");

        UserDetails per = users.loadUserByUsername("per.radgiver@lup.no");
        String actors = page("/funding/actors", per);
        Matcher research = Pattern.compile("href=\"(/funding/actors/[0-9a-f-]{36})\">Norges forskningsråd")
                .matcher(actors);
        assertThat(research.find()).isTrue();
        assertThat(page(research.group(1), per))
                .contains(
                        FundingDemoData.SENSORS,
                        "Innovasjonsprosjekt i offentlig sektor",
                        "2\u00a0000\u00a0000\u00a0kr");
    }
}
