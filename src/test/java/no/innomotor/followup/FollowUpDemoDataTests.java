package no.innomotor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's follow-up: Per Rådgiver finds work on his first sign-in (an overdue step, one due soon) and the three demo
 * suppliers in his overview, Helsetek without a plan; Sara at Sensorlab finds her plan changed and a step of her own.
 */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class FollowUpDemoDataTests {

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
    void theAdviserFindsStepsDueAndTheSuppliersInTheOverview() throws Exception {
        UserDetails per = users.loadUserByUsername("per.radgiver@lup.no");

        assertThat(page("/", per))
                .contains("Sette Sensorlab i kontakt med innkjøpsrådgiveren i Trondheim kommune")
                .contains("Finne en kommune i Troms som vil prøve digitalt tilsyn i en pilot");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String overview = page("/followup", per);
            assertThat(overview).contains("Sensorlab AS", "Nordlys Data AS", "Helsetek AS");
            int helsetek = overview.indexOf("Helsetek AS");
            assertThat(overview.substring(helsetek, overview.indexOf("</tr>", helsetek)))
                    .contains("/plan/new");
        });
    }

    @Test
    void theSupplierFindsItsPlanChangedAndAStepOfItsOwnAndReadsTheComment() throws Exception {
        UserDetails sara = users.loadUserByUsername("sara@sensorlab.no");

        assertThat(page("/", sara))
                .contains("Skrive et utkast til søknad om innovasjonskontrakt og sende det til rådgiveren");
        String location = mvc.perform(get("/followup/mine").with(user(sara)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/followup/plans/");
        assertThat(page(location, sara))
                .contains("Innovative anskaffelser for leverandører", "Bærum kommune", "Takk for kurset!")
                .contains("Levere sensorer til ti kommuner");
    }
}
