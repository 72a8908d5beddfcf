package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.platform.DemoAccounts;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** In the demo, Sensorlab looks for a partner for the alarm central; Nordlys sees the invitation, not who it is. */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class MatchmakingDemoDataTests {

    @Autowired
    DialogueQueries queries;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    private AnnouncementSummary baerums() {
        return queries.published().stream()
                .filter(a -> a.organisationName().equals("Bærum kommune"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sensorlabTakesPartAndNordlysIsInvitedWithoutSeeingWho() throws Exception {
        AnnouncementSummary announcement = baerums();
        CurrentUser sara = (CurrentUser) users.loadUserByUsername(DemoAccounts.SUPPLIER.email());

        assertThat(queries.matchmaking(announcement.id(), sara).own()).hasValueSatisfying(own -> {
            assertThat(own.companyName()).isEqualTo("Sensorlab AS");
            assertThat(own.offer()).contains("alarmsentral");
            assertThat(own.contact().name()).isEqualTo("Per Prototyp");
        });

        String nordlys = mvc.perform(
                        get(announcement.path()).with(user(users.loadUserByUsername("nils.nordlys@nordlysdata.no"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(nordlys)
                .contains("Én bedrift er med.", "Bli med for å se de andre bedriftene")
                .doesNotContain("radarbasert sensor som oppdager fall", "per.prototyp@sensorlab.no");

        String team = mvc.perform(get(announcement.path() + "/log")
                        .with(user(users.loadUserByUsername(DemoAccounts.BUYER.email()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(team).contains("Med i partnersøket", "Sensorlab AS", "Nordlys Data AS");
    }
}
