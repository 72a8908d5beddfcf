package no.innomotor.riskrelief;

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
 * The demo's risk relief: Innovasjon Norge's two published schemes; Jon Jury finds Bærum's application waiting for his
 * assessment on his first sign-in, Ingrid at Innovasjon Norge the application for adviser hours waiting for assessors,
 * and Kari at Bærum sees both applications with their status.
 */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class RiskReliefDemoDataTests {

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
    void theJuryAndTheInstrumentActorFindWorkWaiting() throws Exception {
        UserDetails jon = users.loadUserByUsername("jon.jury@nho.no");
        UserDetails ingrid = users.loadUserByUsername("ingrid@innovasjonnorge.no");
        UserDetails kari = users.loadUserByUsername("kari.innkjoper@baerum.kommune.no");

        assertThat(page("/", jon))
                .contains("Søknad venter på din vurdering: Bærum kommune")
                .contains(RiskReliefDemoData.PROJECT_TITLE);
        assertThat(page("/riskrelief/applications", jon)).contains(RiskReliefDemoData.SCHEME_NAME);
        assertThat(page("/", ingrid)).contains("Søknad venter på vurderere: Bærum kommune");
        String schemes = page("/riskrelief/schemes", ingrid);
        assertThat(schemes).contains(RiskReliefDemoData.SCHEME_NAME, RiskReliefDemoData.PROCESS_NAME);
        assertThat(page("/riskrelief/applications", kari))
                .contains(RiskReliefDemoData.SCHEME_NAME, RiskReliefDemoData.PROCESS_NAME, "Sendt, til vurdering");
    }
}
