package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.notices.NoticeKind;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.OpportunityFilter;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.projects.ProjectId;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The market dialogue's pages, as buyers, suppliers and the public reach them. */
@InnomotorTest
class AnnouncementPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    DialogueQueries queries;

    @Autowired
    NoticesManagement notices;

    Org buyer;

    @BeforeEach
    void organisation() {
        buyer = projects.municipality("Sidevik kommune");
    }

    private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    @Test
    void theStepThreePageLinksToTheProjectsAnnouncementsWhereTheTeamStartsOne() throws Exception {
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Prosjekt med markedsdialog");

        String step = body(mvc.perform(get("/projects/" + project + "/steps/3")
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isOk()));
        assertThat(step).contains("href=\"/projects/" + project + "/announcements\"");

        String list = body(mvc.perform(get("/projects/" + project + "/announcements")
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isOk()));
        assertThat(list).contains("href=\"/projects/" + project + "/announcements/new\"");

        String leader = body(mvc.perform(get("/projects/" + project + "/announcements")
                        .with(user(buyer.leader().details())))
                .andExpect(status().isOk()));
        assertThat(leader).doesNotContain("/announcements/new");
    }

    @Test
    void aDraftFormWithBrokenRulesIsShownAgainWith422AndSavingMakesADraftOnlyTheTeamSees() throws Exception {
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Prosjekt for skjema");

        String refused = body(mvc.perform(post("/projects/" + project + "/announcements")
                        .with(user(buyer.buyer().details()))
                        .with(csrf())
                        .param("title", "")
                        .param("need", "Fall oppdages for sent")
                        .param("cpvCodes", "99999999")
                        .param("nutsCode", "NO081"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("Skriv en tittel.").contains("Fall oppdages for sent");

        mvc.perform(post("/projects/" + project + "/announcements")
                        .with(user(buyer.buyer().details()))
                        .with(csrf())
                        .param("title", "Nattsensorer i hjemmetjenesten")
                        .param("need", "Fall oppdages for sent")
                        .param("cpvCodes", "33195000")
                        .param("nutsCode", "NO081")
                        .param("interestDeadline", "2031-03-01T12:00")
                        .param("contactName", "Berit Innkjøper")
                        .param("contactEmail", "berit@kommune.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/announcements/*"));
        AnnouncementSummary draft =
                queries.forProject(project, buyer.buyer().user()).get(0);
        assertThat(draft.status()).isEqualTo(AnnouncementStatus.DRAFT);

        mvc.perform(get(draft.path())).andExpect(status().isNotFound());
        mvc.perform(get(draft.path())
                        .with(user(fixtures.supplier("Titter AS").person().details())))
                .andExpect(status().isNotFound());
        String team = body(mvc.perform(get(draft.path()).with(user(buyer.buyer().details())))
                .andExpect(status().isOk()));
        assertThat(team)
                .contains("Nattsensorer i hjemmetjenesten")
                .contains("/publish")
                .contains("01.03.2031 kl. 12:00");
        String english = body(mvc.perform(get(draft.path())
                        .param("lang", "en")
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isOk()));
        assertThat(english).contains("Questions and answers").contains("1 Mar 2031, 12:00");
        assertThat(queries.forProject(project, buyer.leader().user()))
                .as("a draft outside the team")
                .isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictThatKeepsWhatThePersonTyped() throws Exception {
        AnnouncementId id = fixtures.draft(buyer, "Utkast som endres");
        AnnouncementView before = queries.announcement(id, buyer.buyer().user());
        dialogue.change(
                id,
                DialogueFixtures.facts("Endret av en kollega"),
                before.version(),
                buyer.buyer().user());

        String conflict = body(mvc.perform(post("/announcements/" + id + "/edit")
                        .with(user(buyer.buyer().details()))
                        .with(csrf())
                        .param("version", String.valueOf(before.version()))
                        .param("title", "Min egen tittel")
                        .param("need", "Mitt eget behov")
                        .param("cpvCodes", "33195000")
                        .param("nutsCode", "NO081"))
                .andExpect(status().isConflict()));
        assertThat(conflict).contains("Min egen tittel").contains("Noen andre lagret kunngjøringen mens du skrev");
        assertThat(queries.announcement(id, buyer.buyer().user()).facts().title())
                .isEqualTo("Endret av en kollega");
    }

    @Test
    void publishingWithoutAFutureDeadlineIsRefusedOnThePage() throws Exception {
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Prosjekt uten frist");
        AnnouncementFacts base = DialogueFixtures.facts("Uten frist");
        AnnouncementId id = dialogue.draft(
                project,
                new AnnouncementFacts(
                        base.title(),
                        base.need(),
                        base.cpvCodes(),
                        base.nutsCode(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Berit",
                        "berit@kommune.example"),
                buyer.buyer().user());

        String page = body(mvc.perform(post("/announcements/" + id + "/publish")
                        .with(user(buyer.buyer().details()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page).contains("Sett en frist for å melde interesse før du publiserer.");
        assertThat(queries.announcement(id, buyer.buyer().user()).draft()).isTrue();
    }

    @Test
    void aSupplierRegistersAsksAndSendsInputOnThePageAndAnotherSupplierSeesNoneOfItUntilTheAnswer() throws Exception {
        AnnouncementId id = fixtures.published(buyer, "Dialog på siden");
        Supplier asker = fixtures.supplier("Sidespør AS");
        Supplier other = fixtures.supplier("Sidenabo AS");
        String page = "/announcements/" + id;

        mvc.perform(post(page + "/registration")
                        .with(user(asker.person().details()))
                        .with(csrf())
                        .param("participants", "Sara Sensor, sara@sidespor.example"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/questions")
                        .with(user(asker.person().details()))
                        .with(csrf())
                        .param("text", ""))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(page + "/questions")
                        .with(user(asker.person().details()))
                        .with(csrf())
                        .param("text", "Må løsningen virke uten strøm i boligen?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/inputs")
                        .with(user(asker.person().details()))
                        .with(csrf())
                        .param("text", "Vi har batteridrift i fem år."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/registration")
                        .with(user(other.person().details()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String own =
                body(mvc.perform(get(page).with(user(asker.person().details()))).andExpect(status().isOk()));
        assertThat(own).contains("Må løsningen virke uten strøm i boligen?").contains("Vi har batteridrift i fem år.");
        for (String outside : List.of(
                body(mvc.perform(get(page).with(user(other.person().details())))), body(mvc.perform(get(page))))) {
            assertThat(outside).doesNotContain("uten strøm i boligen").doesNotContain("batteridrift");
        }
        String team = body(mvc.perform(get(page).with(user(buyer.buyer().details()))));
        assertThat(team)
                .contains("uten strøm i boligen")
                .contains("batteridrift")
                .contains("Sidespør AS");

        QuestionId question = queries.questions(id, buyer.buyer().user()).get(0).id();
        mvc.perform(post("/questions/" + question + "/answer")
                        .with(user(buyer.buyer().details()))
                        .with(csrf())
                        .param("text", "Nei, men den må varsle når strømmen går."))
                .andExpect(status().is3xxRedirection());

        String published = body(mvc.perform(get(page)).andExpect(status().isOk()));
        assertThat(published)
                .contains("Må løsningen virke uten strøm i boligen?")
                .contains("Nei, men den må varsle når strømmen går.")
                .doesNotContain("Sidespør AS")
                .doesNotContain("batteridrift");
        assertThat(body(mvc.perform(get(page).with(user(other.person().details())))))
                .contains("Nei, men den må varsle når strømmen går.")
                .doesNotContain("batteridrift");
    }

    @Test
    void theOpportunityPageOfAPublishedAnnouncementLinksToIt() throws Exception {
        String title = "Markedsdialog om varsling av glatte fortau";
        AnnouncementId id = fixtures.published(buyer, title);
        var opportunity = notices
                .search(new OpportunityFilter(null, null, NoticeKind.CONSULTATION, null, false, title), 0, 20)
                .getContent()
                .stream()
                .filter(o -> o.titles().containsValue(title) && ("/announcements/" + id).equals(o.sourceUrl()))
                .findFirst()
                .orElseThrow();

        String page = body(
                mvc.perform(get("/opportunities/" + opportunity.id().value())).andExpect(status().isOk()));
        assertThat(page).contains("href=\"/announcements/" + id + "\"");
        String feed = body(mvc.perform(get("/opportunities/feed.atom")).andExpect(status().isOk()));
        assertThat(feed).contains(title);
    }
}
