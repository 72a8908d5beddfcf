package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.shared.DomainException;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Draft tender documents: comments private to the team and the commenter, the summary public to all registered. */
@InnomotorTest
class DraftDocumentsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DraftDocuments drafts;

    @Autowired
    DialogueLog log;

    Org buyer;
    AnnouncementId announcement;
    Supplier first;
    Supplier second;
    DraftId draft;

    @BeforeEach
    void draftOutForComment() {
        buyer = projects.municipality("Utkastvik kommune");
        announcement = fixtures.published(buyer, "Markedsdialog med utkast");
        first = fixtures.supplier("Første kommentar AS");
        second = fixtures.supplier("Andre kommentar AS");
        fixtures.register(announcement, first);
        fixtures.register(announcement, second);
        draft = fixtures.draftDocument(buyer, announcement, "Utkast til kravspesifikasjon");
    }

    private String page(Object who) throws Exception {
        var request = get("/drafts/" + draft);
        if (who instanceof Supplier s) {
            request.with(user(s.person().details()));
        } else if (who instanceof ProjectFixtures.Person p) {
            request.with(user(p.details()));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachCompanysCommentIsReadByItselfAndTheTeamAndTheSummaryByAllRegisteredNamingNobody() throws Exception {
        drafts.comment(
                draft,
                "Kravet om batteritid på fem år er for strengt.",
                first.person().user());
        drafts.comment(draft, "Vi savner krav til personvern.", second.person().user());

        assertThat(page(first)).contains("batteritid").doesNotContain("personvern");
        assertThat(page(second)).contains("personvern").doesNotContain("batteritid");
        assertThat(page(buyer.buyer()))
                .contains("batteritid")
                .contains("personvern")
                .contains("Første kommentar AS");
        assertThat(drafts.draft(draft, first.person().user()).comments()).hasSize(1);

        mvc.perform(post("/drafts/" + draft + "/summary")
                        .param("text", "Flere mente at kravet til batteritid bør mykes opp.")
                        .with(csrf())
                        .with(user(buyer.buyer().details())))
                .andExpect(status().is3xxRedirection());
        DraftView seenBySecond = drafts.draft(draft, second.person().user());
        assertThat(seenBySecond.summary()).contains("Flere mente at kravet til batteritid bør mykes opp.");
        assertThat(page(second)).contains("Flere mente at kravet").doesNotContain("Første kommentar AS");
        Supplier outsider = fixtures.supplier("Uregistrert utkast AS");
        assertThat(drafts.draft(draft, outsider.person().user()).summary()).isEmpty();
        assertThat(drafts.draft(draft, outsider.person().user()).files()).isEmpty();
        assertThat(drafts.draft(draft, outsider.person().user()).comments()).isEmpty();

        assertThat(log.lines(announcement))
                .extracting(LogLine::kind)
                .containsSubsequence(
                        LogKind.DRAFT_PUBLISHED,
                        LogKind.DRAFT_COMMENTED,
                        LogKind.DRAFT_COMMENTED,
                        LogKind.DRAFT_SUMMARY_PUBLISHED);
        assertThat(log.lines(announcement))
                .filteredOn(line -> line.kind() == LogKind.DRAFT_COMMENTED)
                .extracting(LogLine::text)
                .contains("Kravet om batteritid på fem år er for strengt.");
        assertThatThrownBy(() -> drafts.publishSummary(
                        draft, "En gang til", buyer.buyer().user()))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void onlyRegisteredCompaniesCommentAndOnlyUntilTheDeadline() throws Exception {
        Supplier outsider = fixtures.supplier("Ikke påmeldt AS");
        String refused = mvc.perform(post("/drafts/" + draft + "/comments")
                        .param("text", "Vi vil også si noe.")
                        .with(csrf())
                        .with(user(outsider.person().details())))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Vi vil også si noe.").contains("id=\"text-error\"");

        DraftId closing = drafts.publish(
                announcement,
                new DraftFacts(
                        "Kort frist", "Et utkast med kort frist.", Instant.now().plus(1, ChronoUnit.SECONDS)),
                List.of(),
                buyer.buyer().user());
        Thread.sleep(1_100);
        assertThatThrownBy(
                        () -> drafts.comment(closing, "For sent", first.person().user()))
                .isInstanceOfSatisfying(
                        DomainException.RuleBroken.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("dialogue.draft.error.closed"));
    }

    @Test
    void theDraftIsHiddenFromAnotherOrganisationsBuyersAndTheDraftFilesFromTheUnregistered() throws Exception {
        Org elsewhere = projects.municipality("Utenfor utkast kommune");
        mvc.perform(get("/drafts/" + draft).with(user(elsewhere.buyer().details())))
                .andExpect(status().isNotFound());
        AttachmentView file = drafts.draft(draft, first.person().user()).files().get(0);
        mvc.perform(get(file.href()).with(user(first.person().details()))).andExpect(status().isOk());
        Supplier outsider = fixtures.supplier("Ser ikke filen AS");
        mvc.perform(get(file.href()).with(user(outsider.person().details()))).andExpect(status().isNotFound());
        mvc.perform(get(file.href())).andExpect(status().isNotFound());
        mvc.perform(get("/drafts/" + draft)).andExpect(status().isUnauthorized());
    }

    @Test
    void theTeamsFormRefusesADeadlineInThePastNextToTheField() throws Exception {
        String page = mvc.perform(post("/announcements/" + announcement + "/drafts")
                        .param("title", "Utkast")
                        .param("description", "Beskrivelse som blir stående.")
                        .param("commentDeadline", "2020-01-01T12:00")
                        .with(csrf())
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"commentDeadline-error\"").contains("Beskrivelse som blir stående.");
    }
}
