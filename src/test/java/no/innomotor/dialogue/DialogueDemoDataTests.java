package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import no.innomotor.platform.DemoAccounts;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.suppliers.AlertReach;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's market dialogue tells the story: Bærum announces, two suppliers take part, one answer is public. */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class DialogueDemoDataTests {

    @Autowired
    DialogueQueries queries;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    private CurrentUser person(String email) {
        return (CurrentUser) users.loadUserByUsername(email);
    }

    private AnnouncementSummary baerums() {
        return queries.published().stream()
                .filter(a -> a.organisationName().equals("Bærum kommune"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void baerumHasAPublishedAnnouncementWithTwoRegisteredSuppliersAndOneAnsweredQuestion() {
        AnnouncementSummary announcement = baerums();
        CurrentUser kari = person(DemoAccounts.BUYER.email());

        assertThat(queries.registrations(announcement.id(), kari))
                .extracting(RegistrationView::companyName)
                .containsExactlyInAnyOrder("Sensorlab AS", "Nordlys Data AS");
        assertThat(queries.questions(announcement.id(), kari))
                .extracting(QuestionView::state)
                .containsExactlyInAnyOrder(QuestionState.ANSWERED, QuestionState.RECEIVED);
        assertThat(queries.questions(announcement.id(), null)).hasSize(1);
        assertThat(queries.inputs(announcement.id(), kari))
                .singleElement()
                .satisfies(input -> assertThat(input.company()).isEqualTo("Sensorlab AS"));
    }

    @Test
    void theBuyerSeesThatTheAnnouncementReachedAMatchingSupplier() throws Exception {
        AnnouncementSummary announcement = baerums();
        CurrentUser kari = person(DemoAccounts.BUYER.email());

        // Helsetek AS (62 employees, has sold to the public sector) offers welfare services in Oslo and Akershus, and
        // its keyword "fall" meets the need ("når en eldre faller").
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.reach(announcement.id(), kari)
                                .map(AlertReach::organisations)
                                .orElse(0L)
                        > 0);
        assertThat(queries.reach(announcement.id(), kari)).contains(new AlertReach(1, 1, 0));
        String page = mvc.perform(
                        get(announcement.path()).with(user(users.loadUserByUsername(DemoAccounts.BUYER.email()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Én bedrift fikk varsel fordi profilen eller et lagret søk passet.");
    }

    @Test
    void saraSeesHerOwnInputAndTheAnswerButNotNordlysQuestion() throws Exception {
        AnnouncementSummary announcement = baerums();
        CurrentUser sara = person(DemoAccounts.SUPPLIER.email());

        assertThat(queries.inputs(announcement.id(), sara)).hasSize(1);
        assertThat(queries.questions(announcement.id(), sara))
                .singleElement()
                .satisfies(q -> assertThat(q.own()).isTrue());
        String page = mvc.perform(
                        get(announcement.path()).with(user(users.loadUserByUsername(DemoAccounts.SUPPLIER.email()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("alarmmottak").doesNotContain("fast bredbånd");
    }
}
