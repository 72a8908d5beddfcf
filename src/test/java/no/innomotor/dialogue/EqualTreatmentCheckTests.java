package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import no.innomotor.audit.AuditManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.projects.StepFindingsUnconfirmed;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Before the competition is announced (the market-dialogue step completed), the team sees what was shared with
 * some suppliers but not yet with all and confirms it; the confirmation goes into the dialogue log.
 */
@InnomotorTest
class EqualTreatmentCheckTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    ProjectsManagement management;

    @Autowired
    ProjectQueries queries;

    @Autowired
    DialogueLog log;

    @Autowired
    AuditManagement audit;

    private record Setup(Org buyer, ProjectId project, AnnouncementId announcement, QuestionId question) {}

    private Setup dialogueWithAnOpenQuestion(String name) {
        Org buyer = projects.municipality(name + " kommune");
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Tilsyn i " + name);
        AnnouncementId announcement = dialogue.draft(
                project,
                DialogueFixtures.facts("Markedsdialog i " + name),
                buyer.buyer().user());
        dialogue.publish(announcement, buyer.buyer().user());
        QuestionId question = fixtures.question(
                announcement, fixtures.supplier("Spørrelyst AS " + name), "Kan dere dele dagens rutiner?");
        projects.tickRequired(buyer, project, RoadmapStep.MARKET_DIALOGUE);
        return new Setup(buyer, project, announcement, question);
    }

    @Test
    void anUnansweredQuestionHoldsTheStepUntilTheTeamConfirmsAndTheLogKeepsTheConfirmation() {
        Setup setup = dialogueWithAnOpenQuestion("Likevik");

        assertThat(queries.step(
                                setup.project(),
                                RoadmapStep.MARKET_DIALOGUE,
                                setup.buyer().buyer().user())
                        .findings())
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.messageKey()).isEqualTo("dialogue.equal.unanswered");
                    assertThat(finding.link()).isEqualTo("/announcements/" + setup.announcement() + "#questions");
                });
        assertThatThrownBy(() -> management.completeStep(
                        setup.project(),
                        RoadmapStep.MARKET_DIALOGUE,
                        setup.buyer().buyer().user()))
                .isInstanceOf(StepFindingsUnconfirmed.class);

        management.completeStep(
                setup.project(),
                RoadmapStep.MARKET_DIALOGUE,
                true,
                setup.buyer().buyer().user());

        assertThat(log.lines(setup.announcement()))
                .filteredOn(line -> line.kind() == LogKind.EQUAL_TREATMENT_CONFIRMED)
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.text()).contains("Ett spørsmål til «Markedsdialog i Likevik» er ikke besvart");
                    assertThat(line.personId())
                            .isEqualTo(setup.buyer().buyer().id().value());
                });
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                audit.timeline("project", setup.project().toString()))
                        .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("step.findings-confirmed")));
    }

    @Autowired
    MeetingFixtures meetings;

    @Test
    void aOneToOneMeetingHeldLatelyIsSharedWithOneSupplierAndLeavesTooLittleTimeToEvenOutHeadStarts() {
        Setup setup = dialogueWithAnOpenQuestion("Møtevik");
        dialogue.answer(
                setup.question(),
                "Ja, rutinene ligger ved kunngjøringen.",
                setup.buyer().buyer().user());
        List<MeetingSlotId> slots = meetings.slots(setup.buyer(), setup.announcement(), 9, 10);
        meetings.book(setup.announcement(), slots.get(0), fixtures.supplier("Møtende AS Møtevik"));
        meetings.heldHoursAgo(slots.get(0), 3);

        assertThat(queries.step(
                                setup.project(),
                                RoadmapStep.MARKET_DIALOGUE,
                                setup.buyer().buyer().user())
                        .findings())
                .extracting(finding -> finding.messageKey())
                .containsExactly("dialogue.equal.meetings", "dialogue.equal.headStart");
        assertThatThrownBy(() -> management.completeStep(
                        setup.project(),
                        RoadmapStep.MARKET_DIALOGUE,
                        setup.buyer().buyer().user()))
                .isInstanceOf(StepFindingsUnconfirmed.class);
    }

    @Test
    void withEveryQuestionAnsweredThereIsNothingToConfirm() {
        Setup setup = dialogueWithAnOpenQuestion("Svarvik");
        dialogue.answer(
                setup.question(),
                "Ja, rutinene ligger ved kunngjøringen.",
                setup.buyer().buyer().user());

        management.completeStep(
                setup.project(),
                RoadmapStep.MARKET_DIALOGUE,
                setup.buyer().buyer().user());

        assertThat(log.lines(setup.announcement())).noneMatch(line -> line.kind() == LogKind.EQUAL_TREATMENT_CONFIRMED);
    }

    @Test
    void theStepPageListsTheFindingsAndRefusesACompletionWithoutTheConfirmation() throws Exception {
        Setup setup = dialogueWithAnOpenQuestion("Sidevik");
        String step = "/projects/" + setup.project() + "/steps/3";

        mvc.perform(get(step).with(user(setup.buyer().buyer().details())).locale(Locale.forLanguageTag("nb")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Før dere går videre: likebehandling")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"confirmed\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "href=\"/announcements/" + setup.announcement() + "#questions\"")));

        MvcResult refused = mvc.perform(post(step + "/complete")
                        .with(user(setup.buyer().buyer().details()))
                        .with(csrf()))
                .andExpect(redirectedUrl(step + "#gate-error"))
                .andExpect(flash().attributeExists("gateRefusal"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession();
        mvc.perform(get(step)
                        .session(session)
                        .flashAttrs(refused.getFlashMap())
                        .with(user(setup.buyer().buyer().details())))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Bekreft likebehandlingen først: ett funn i markedsdialogen er ikke bekreftet.")));

        mvc.perform(post(step + "/complete")
                        .param("confirmed", "true")
                        .with(user(setup.buyer().buyer().details()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/projects/" + setup.project() + "/steps/4"));
    }
}
