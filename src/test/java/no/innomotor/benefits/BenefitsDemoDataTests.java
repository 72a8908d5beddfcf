package no.innomotor.benefits;

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
 * The demo's benefits: Kari finds a due measurement on her front page; the safety-sensor project's plan has a benefit
 * on track and one at risk with their history, and is in the public showcase.
 */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class BenefitsDemoDataTests {

    private static final Pattern DUE_LINK =
            Pattern.compile("/projects/([0-9a-f-]{36})/benefits/([0-9a-f-]{36})#measure");

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
    void theBuyerFindsADueMeasurementAndThePlansShowTheirHistory() throws Exception {
        UserDetails kari = users.loadUserByUsername("kari.innkjoper@baerum.kommune.no");
        String front = page("/", kari);
        assertThat(front).contains("Ny måling av «Lavere utslipp fra anleggsplassen» skal registreres");
        Matcher due = DUE_LINK.matcher(front);
        assertThat(due.find()).isTrue();
        assertThat(page("/projects/" + due.group(1) + "/benefits/" + due.group(2), kari))
                // The baseline's value (38 in the demo) is one the benefits browser test edits in a shared database.
                .contains("name=\"measuredOn\"", "\u00a0tonn CO2e");

        String showcase = mvc.perform(get("/showcase"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(showcase)
                .contains("Trygghetssensorer for eldre som bor hjemme", "Prediktivt vedlikehold av riksveger");
        Matcher shown = Pattern.compile("/showcase/([0-9a-f-]{36})").matcher(showcase);
        String sensors = null;
        while (shown.find() && sensors == null) {
            String entry = mvc.perform(get("/showcase/" + shown.group(1)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (entry.contains("Trygghetssensorer for eldre som bor hjemme")) {
                sensors = shown.group(1);
            }
        }
        assertThat(sensors).isNotNull();
        String plan = page("/projects/" + sensors + "/benefits", kari);
        assertThat(plan)
                .contains("Færre unødvendige nattbesøk i hjemmetjenesten", "I rute", "I fare")
                .contains("712\u00a0000\u00a0kr", "Rune Rådmann");
    }
}
