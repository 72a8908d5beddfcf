package no.innomotor.platform;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * While the demo data is still being loaded (the web server answers before it is in), the login page says so in
 * every language, beside the demo accounts, instead of leaving a demo sign-in to fail as if the password were wrong.
 */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class DemoDataLoadingLoginTests {

    @MockitoBean
    DemoDataProgress progress;

    @Autowired
    MockMvc mvc;

    @Test
    void loginPageSaysTheDemoAccountsAreOnTheirWay() throws Exception {
        when(progress.settingUp()).thenReturn(true);
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("role=\"status\""),
                                containsString("The demo data is being loaded"),
                                containsString(DemoAccounts.BUYER.email()))));
        mvc.perform(get("/login").param("lang", "nn"))
                .andExpect(content().string(containsString("Demodataa blir lagde inn no")));
        mvc.perform(get("/login")).andExpect(content().string(containsString("Demodataene blir lagt inn nå")));
    }
}
