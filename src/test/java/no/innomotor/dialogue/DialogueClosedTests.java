package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.projects.ProjectId;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After the interest deadline, registration and questions close with a clear message: on the page (no form, the
 * reason instead, and a late post answered with the reason next to its field) and as problem+json from the API.
 */
@InnomotorTest
class DialogueClosedTests {

    static final String PAGE_CLOSED =
            "Fristen er ute: det er ikke lenger mulig å melde interesse eller stille spørsmål.";
    static final String REFUSED = "Fristen for å melde interesse og stille spørsmål er ute.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Test
    void afterTheDeadlineThePageAndTheApiSayRegistrationAndQuestionsAreClosed() throws Exception {
        Org buyer = projects.municipality("Fristvik kommune");
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Frist som går ut");
        Instant deadline = Instant.now().plus(2, ChronoUnit.SECONDS);
        AnnouncementId id = dialogue.draft(
                project,
                DialogueFixtures.facts("Frist som går ut", deadline),
                buyer.buyer().user());
        dialogue.publish(id, buyer.buyer().user());
        Supplier early = fixtures.supplier("Tidlig frist AS");
        Supplier late = fixtures.supplier("Sen frist AS");
        dialogue.register(id, List.of(), early.person().user());
        String path = "/announcements/" + id;

        Thread.sleep(Math.max(0, ChronoUnit.MILLIS.between(Instant.now(), deadline)) + 200);

        String registered = mvc.perform(get(path).with(user(early.person().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(registered).contains(PAGE_CLOSED).doesNotContain("action=\"" + path + "/questions\"");
        String notRegistered = mvc.perform(get(path).with(user(late.person().details())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(notRegistered).contains(PAGE_CLOSED).doesNotContain("action=\"" + path + "/registration\"");

        String lateRegistration = mvc.perform(post(path + "/registration")
                        .with(user(late.person().details()))
                        .with(csrf())
                        .param("participants", "Sen Selger, sen@frist.example"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(lateRegistration).contains(REFUSED).contains("Sen Selger, sen@frist.example");
        String lateQuestion = mvc.perform(post(path + "/questions")
                        .with(user(early.person().details()))
                        .with(csrf())
                        .param("text", "Rekker vi et siste spørsmål?"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(lateQuestion).contains(REFUSED).contains("Rekker vi et siste spørsmål?");

        mvc.perform(post("/api/v1" + path + "/registrations")
                        .with(user(late.person().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participants\": []}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(REFUSED)));
        mvc.perform(post("/api/v1" + path + "/questions")
                        .with(user(early.person().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Rekker vi et siste spørsmål?\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(REFUSED)));
        mvc.perform(post("/api/v1" + path + "/questions")
                        .with(user(early.person().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .param("lang", "en")
                        .content("{\"text\": \"One last question?\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
