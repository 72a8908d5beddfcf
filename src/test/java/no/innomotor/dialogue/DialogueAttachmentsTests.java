package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.files.UploadInspectorTests;
import no.innomotor.shared.files.UploadRejected;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dialogue's files: inspected by content on upload (refused with the reason next to the field, and nothing else
 * the person typed lost), and downloaded only by those the owner allows: announcement files by anyone once published,
 * written input's files by the sending company and the team, material and draft files by those registered.
 */
@InnomotorTest
class DialogueAttachmentsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    DialogueAttachments attachments;

    @Autowired
    ConferenceManagement conferences;

    Org buyer;
    AnnouncementId announcement;
    Supplier sender;
    Supplier other;

    @BeforeEach
    void dialogue() {
        buyer = projects.municipality("Filvik kommune");
        announcement = fixtures.published(buyer, "Markedsdialog med vedlegg");
        sender = fixtures.supplier("Sender AS");
        other = fixtures.supplier("Annen AS");
        fixtures.register(announcement, sender);
        fixtures.register(announcement, other);
    }

    private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String path(AttachmentId id) {
        return "/announcements/" + announcement + "/attachments/" + id;
    }

    @Test
    void anAnnouncementFileIsTheTeamsWhileDraftAndPublicOncePublished() throws Exception {
        AnnouncementId draft = fixtures.draft(buyer, "Utkast med vedlegg");
        AttachmentId file = fixtures.announcementFile(buyer, draft);
        String path = "/announcements/" + draft + "/attachments/" + file;
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(path).with(user(sender.person().details()))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(user(buyer.buyer().details()))).andExpect(status().isOk());

        dialogue.publish(draft, buyer.buyer().user());
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("program.txt")));
        assertThat(body(mvc.perform(get("/announcements/" + draft))))
                .contains(path)
                .contains("program.txt");
    }

    @Test
    void writtenInputsFilesAreForTheSendingCompanyAndTheTeamOnly() throws Exception {
        InputId input = attachments.sendInput(
                announcement,
                "Vårt innspill med prisliste.",
                List.of(DialogueFixtures.textFile("prisliste.txt", "Hemmelige priser")),
                sender.person().user());
        AttachmentView file =
                attachments.inputFiles(announcement, buyer.buyer().user()).get(0);
        assertThat(file.owner()).isEqualTo(input.value());

        mvc.perform(get(file.href()).with(user(sender.person().details()))).andExpect(status().isOk());
        mvc.perform(get(file.href()).with(user(buyer.buyer().details()))).andExpect(status().isOk());
        mvc.perform(get(file.href()).with(user(other.person().details()))).andExpect(status().isNotFound());
        mvc.perform(get(file.href())).andExpect(status().isNotFound());
        Org elsewhere = projects.municipality("Annenby kommune");
        mvc.perform(get(file.href()).with(user(elsewhere.buyer().details()))).andExpect(status().isNotFound());

        assertThat(body(mvc.perform(get("/announcements/" + announcement)
                        .with(user(other.person().details())))))
                .doesNotContain("prisliste.txt")
                .doesNotContain(file.id().toString());
        assertThat(body(mvc.perform(get("/announcements/" + announcement)))).doesNotContain("prisliste.txt");
        assertThat(body(mvc.perform(get("/announcements/" + announcement)
                        .with(user(sender.person().details())))))
                .contains("prisliste.txt");
        assertThat(attachments.inputFiles(announcement, other.person().user())).isEmpty();
        assertThat(attachments.inputFiles(announcement, null)).isEmpty();
    }

    @Test
    void conferenceMaterialIsForEveryCompanyRegisteredAndTheTeam() throws Exception {
        fixtures.conference(buyer, announcement, 20, 3);
        AttachmentId file = conferences
                .publishMaterial(
                        announcement,
                        List.of(new no.innomotor.dialogue.Upload("presentasjon.pdf", UploadInspectorTests.pdf())),
                        buyer.buyer().user())
                .get(0);
        Supplier unregistered = fixtures.supplier("Uregistrert AS");
        mvc.perform(get(path(file)).with(user(other.person().details())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get(path(file)).with(user(buyer.buyer().details()))).andExpect(status().isOk());
        mvc.perform(get(path(file)).with(user(unregistered.person().details()))).andExpect(status().isNotFound());
        mvc.perform(get(path(file))).andExpect(status().isNotFound());
    }

    @Test
    void aFileOfAnotherAnnouncementOrAnUnknownIdIsNotFound() throws Exception {
        AttachmentId file = fixtures.announcementFile(buyer, announcement);
        AnnouncementId second = fixtures.published(buyer, "En annen dialog");
        mvc.perform(get("/announcements/" + second + "/attachments/" + file)).andExpect(status().isNotFound());
        mvc.perform(get("/announcements/" + announcement + "/attachments/" + java.util.UUID.randomUUID()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/announcements/" + announcement + "/attachments/ikke-en-id"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProgramRenamedToPdfIsRefusedWithTheReasonNextToTheFieldAndTheInputTextKept() throws Exception {
        String page = body(mvc.perform(multipart("/announcements/" + announcement + "/inputs")
                        .file(new MockMultipartFile(
                                "files", "tilbud.pdf", "application/pdf", UploadInspectorTests.exe()))
                        .param("text", "Teksten vi skrev med omhu.")
                        .with(csrf())
                        .with(user(sender.person().details())))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("id=\"files-error\"")
                .contains("Denne filtypen er ikke tillatt")
                .contains("Teksten vi skrev med omhu.");
        assertThat(attachments.inputFiles(announcement, buyer.buyer().user())).isEmpty();
    }

    @Test
    void anHtmlPageNamedTxtAndAnOversizedFileAreRefusedAndNothingIsStored() {
        byte[] html =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> attachments.addToAnnouncement(
                        announcement,
                        List.of(new Upload("notat.txt", html)),
                        buyer.buyer().user()))
                .isInstanceOfSatisfying(
                        UploadRejected.class, ex -> assertThat(ex.reason()).isEqualTo(UploadRejected.Reason.TYPE));
        byte[] large = new byte[(int) DialogueAttachments.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThatThrownBy(() -> attachments.addToAnnouncement(
                        announcement,
                        List.of(DialogueFixtures.textFile("ok.txt", "Dette er greit"), new Upload("stor.txt", large)),
                        buyer.buyer().user()))
                .isInstanceOfSatisfying(UploadRejected.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(UploadRejected.Reason.TOO_LARGE);
                    assertThat(ex.arguments()).containsExactly(10L);
                });
        // All files of a form or none: the good file before the refused one was not kept either.
        assertThat(attachments.announcementFiles(announcement, null)).isEmpty();
    }

    @Test
    void theTeamsUploadPageShowsAnOversizedFilesReasonAtTheFieldWith422() throws Exception {
        byte[] large = new byte[(int) DialogueAttachments.MAX_BYTES + 1];
        String page = body(mvc.perform(multipart("/announcements/" + announcement + "/attachments")
                        .file(new MockMultipartFile("files", "stor.txt", "text/plain", large))
                        .with(csrf())
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("id=\"files-error\"")
                .contains("Filen er for stor. Største tillatte størrelse er 10 MB.");

        mvc.perform(multipart("/announcements/" + announcement + "/attachments")
                        .file(new MockMultipartFile(
                                "files", "program.pdf", "application/pdf", UploadInspectorTests.pdf()))
                        .with(csrf())
                        .with(user(buyer.buyer().details())))
                .andExpect(status().is3xxRedirection());
        assertThat(attachments.announcementFiles(announcement, null))
                .extracting(AttachmentView::filename)
                .containsExactly("program.pdf");
    }

    @Test
    void anUploadAboveTheContainersLimitGoesBackToItsFormWithTheReasonAtTheField() throws Exception {
        byte[] body = new byte[(int) DialogueAttachments.MAX_BYTES + 1024];
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/announcements/" + announcement + "/conference/material")
                        .contentType("multipart/form-data; boundary=grense")
                        .content(body)
                        .with(csrf())
                        .with(user(buyer.buyer().details())))
                .andExpect(status().isSeeOther())
                .andExpect(header().string(
                                "Location", "/announcements/" + announcement + "/conference?upload=tooLarge#material"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/announcements/" + announcement + "/inputs")
                        .contentType("multipart/form-data; boundary=grense")
                        .content(body)
                        .with(csrf())
                        .with(user(sender.person().details())))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/announcements/" + announcement + "?upload=tooLarge#inputs"));
        assertThat(body(mvc.perform(get("/announcements/" + announcement + "?upload=tooLarge")
                                .with(user(sender.person().details())))
                        .andExpect(status().isOk())))
                .contains("id=\"files-error\"")
                .contains("Filen er for stor. Største tillatte størrelse er 10 MB.");
        assertThat(body(mvc.perform(get("/announcements/" + announcement + "/attachments?upload=tooLarge")
                                .with(user(buyer.buyer().details())))
                        .andExpect(status().isOk())))
                .contains("id=\"files-error\"");
    }

    @Test
    void aSupplierCannotAddFilesToTheAnnouncementAndAWithdrawnAnnouncementTakesNoMore() {
        assertThatThrownBy(() -> attachments.addToAnnouncement(
                        announcement,
                        List.of(DialogueFixtures.textFile("a.txt", "a")),
                        sender.person().user()))
                .isInstanceOf(DomainException.NotFound.class);
        dialogue.withdraw(announcement, currentVersion(), buyer.buyer().user());
        assertThatThrownBy(() -> attachments.addToAnnouncement(
                        announcement,
                        List.of(DialogueFixtures.textFile("a.txt", "a")),
                        buyer.buyer().user()))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Autowired
    DialogueQueries queries;

    private long currentVersion() {
        return queries.announcement(announcement, buyer.buyer().user()).version();
    }
}
