package no.innomotor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Once the demo data is in, the login page lists the demo accounts without the "being loaded" notice, and they work.
 * Same context as the other demo-data tests.
 */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class DemoDataProgressTests {

    @Autowired
    DemoDataProgress progress;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    MockMvc mvc;

    @Test
    void demoDataIsNoLongerSettingUpOnceTheContextHasStarted() {
        assertThat(progress.settingUp()).isFalse();
        assertThat(organisations.findPersonByEmail(DemoAccounts.ADMIN.email())).isPresent();
    }

    @Test
    void loginPageListsTheDemoAccountsWithoutTheLoadingNotice() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(DemoAccounts.BUYER.email()),
                                not(containsString("The demo data is being loaded")))));
    }

    @Test
    void demoModeStartsAsSettingUpAndOnlyWhenDemoDataIsOn() {
        assertThat(new DemoDataProgress(true).settingUp()).isTrue();
        assertThat(new DemoDataProgress(false).settingUp()).isFalse();
    }
}
