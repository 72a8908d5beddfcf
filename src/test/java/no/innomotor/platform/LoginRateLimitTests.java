package no.innomotor.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
class LoginRateLimitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationsManagement organisations;

    @Test
    void accountIsLockedAfterFiveFailuresEvenForTheRightPassword() throws Exception {
        String email = TestData.email("locked");
        organisations.createPerson(email, "Låst Person", "correct-horse-battery", null);
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "correct-horse-battery"))
                .andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "wrong"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "correct-horse-battery"))
                .andExpect(redirectedUrl("/login?locked"));
    }
}
