package no.innomotor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.DialogueFixtures;
import no.innomotor.dialogue.DialogueManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A published case's page and JSON hold no e-mail address and no person's name: seeded projects (ADR 0003) with a
 * market dialogue whose contact, registered participants and questions name people, checked field by field.
 */
@InnomotorTest
class CasePrivacyTests {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final long SEED = 20261208L;

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    ProjectsManagement management;

    @Autowired
    DialogueFixtures dialogue;

    @Autowired
    DialogueManagement dialogues;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    CaseManagement cases;

    @Test
    void aPublishedCaseShowsNoEmailAddressAndNoPersonsName() throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < 2; round++) {
            String contact = "Kontakt" + random.nextInt(100_000) + " Personsen";
            ProjectFixtures.Org org = projects.municipality("Personvern" + random.nextInt(100_000) + " kommune");
            ProjectId project = dialogue.projectInMarketDialogue(org, "Trygg natt runde " + round);
            var facts = DialogueFixtures.facts("Dialog runde " + round);
            facts = new no.innomotor.dialogue.AnnouncementFacts(
                    facts.title(),
                    facts.need(),
                    facts.cpvCodes(),
                    facts.nutsCode(),
                    facts.interestDeadline(),
                    facts.meetingsFrom(),
                    facts.meetingsTo(),
                    facts.conferenceDate(),
                    facts.place(),
                    contact,
                    "kontakt" + round + "@personvern.example");
            AnnouncementId announcement =
                    dialogues.draft(project, facts, org.buyer().user());
            dialogues.publish(announcement, org.buyer().user());
            DialogueFixtures.Supplier supplier = dialogue.supplier("Spørrende AS " + round);
            dialogues.register(announcement, List.of(), supplier.person().user());
            for (int step = RoadmapStep.MARKET_DIALOGUE.number(); step < 8; step++) {
                projects.tickRequired(org, project, RoadmapStep.of(step));
                management.completeStep(
                        project, RoadmapStep.of(step), org.buyer().user());
            }
            CaseId id = fixtures.awaitCase(project);
            cases.writeLessons(
                    project,
                    CaseFixtures.lessons(),
                    fixtures.version(project),
                    org.buyer().user());
            cases.publish(project, fixtures.version(project), org.buyer().user());

            List<String> people = new ArrayList<>(List.of(
                    contact,
                    org.buyer().email(),
                    org.leader().email(),
                    supplier.person().email(),
                    "Berit Innkjøper",
                    "Lars Leder",
                    "Selma Selger"));
            String page = mvc.perform(get("/cases/" + id))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String json = mvc.perform(get("/api/v1/cases/" + id).accept("application/json"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            for (String text : List.of(page, json)) {
                assertThat(EMAIL.matcher(text).find())
                        .as("an e-mail address in %s", text.substring(0, 40))
                        .isFalse();
                assertThat(text).doesNotContain(people.toArray(String[]::new));
            }
            assertThat(json).contains("\"registered\":1");
        }
    }
}
