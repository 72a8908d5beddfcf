package no.innomotor.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ChecklistItemView;
import no.innomotor.projects.DocumentView;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.projects.StepDetails;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
class StepPagesTests {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    ProjectQueries queries;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    ProjectFixtures fixtures;

    ProjectFixtures.Org baerum;
    ProjectFixtures.Org other;
    ProjectFixtures.Person supplier;
    ProjectId project;
    String step1;

    @BeforeEach
    void setUp() {
        baerum = fixtures.municipality("Stegbærum kommune");
        other = fixtures.municipality("Stegandre kommune");
        supplier = fixtures.person(fixtures.company("Steg AS"), "Sara Leverandør", Role.SUPPLIER);
        project = fixtures.project(baerum, "Stegprosjekt");
        step1 = "/projects/" + project + "/steps/1";
    }

    private ChecklistItemView firstItem() {
        return queries.step(project, RoadmapStep.of(1), baerum.buyer().user())
                .items()
                .get(0);
    }

    private static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    private static byte[] zip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("data.txt"));
            zip.write("innhold".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void theStepPageShowsChecklistGateNotesAndDocumentsToTheBuyer() throws Exception {
        mvc.perform(get(step1).with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "<h1 class=\"ds-heading\" data-size=\"lg\">Steg 1: " + "Forankring</h1>"),
                                containsString("Beskriv problemet og målene"),
                                containsString("Påkrevd"),
                                containsString("Port til neste steg"),
                                containsString("Mandatet er ikke signert."),
                                containsString("name=\"version\""),
                                containsString("enctype=\"multipart/form-data\""),
                                containsString("Fullfør steg 1"),
                                containsString("Du er her"))));
    }

    @Test
    void theStepPageIsRefusedToOtherOrganisationsSuppliersAndAnonymousVisitors() throws Exception {
        mvc.perform(get(step1).with(user(other.buyer().details()))).andExpect(status().isNotFound());
        mvc.perform(get(step1).with(user(supplier.details()))).andExpect(status().isForbidden());
        mvc.perform(get(step1).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/projects/" + project + "/steps/9")
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + project + "/steps/0")
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + project + "/steps/tre")
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + project + "/steps/9/complete")
                        .with(user(baerum.buyer().details()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTopLeaderReadsTheStepButCannotTickItems() throws Exception {
        mvc.perform(get(step1).with(user(baerum.leader().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Bare innkjøpere i organisasjonen"),
                                not(containsString("Merk som gjort")))));
        mvc.perform(post(step1 + "/items/" + firstItem().id())
                        .with(csrf())
                        .with(user(baerum.leader().details()))
                        .param("done", "true"))
                .andExpect(status().isForbidden());
        assertThat(firstItem().done()).isFalse();
    }

    @Test
    void theStepIsTheWholePageForABrowserTheChecklistForHtmxAndWholeAgainWhenHtmxRestoresHistory() throws Exception {
        mvc.perform(get(step1).with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("<html"),
                                containsString("id=\"checklist\""),
                                containsString("id=\"step-notes\""))));
        mvc.perform(get(step1).with(user(baerum.buyer().details())).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"checklist\""),
                                containsString("id=\"gate\" aria-labelledby=\"gate-heading\" hx-swap-oob=\"true\""),
                                not(containsString("<html")),
                                not(containsString("id=\"step-notes\"")))));
        mvc.perform(get(step1)
                        .with(user(baerum.buyer().details()))
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("<html"),
                                containsString("id=\"checklist\""),
                                containsString("id=\"step-notes\""))));
    }

    @Test
    void tickingAnItemWithoutJavaScriptRedirectsBackToTheItem() throws Exception {
        ChecklistItemView item = firstItem();
        mvc.perform(post(step1 + "/items/" + item.id())
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("done", "true"))
                .andExpect(redirectedUrl(step1 + "#item-" + item.id()));
        assertThat(firstItem().done()).isTrue();
        assertThat(firstItem().doneByName()).isEqualTo("Berit Innkjøper");
        mvc.perform(get(step1).with(user(baerum.buyer().details())))
                .andExpect(content().string(containsString("Merk som ikke gjort")));
    }

    @Test
    void tickingTheLastRequiredItemWithHtmxUpdatesTheGatePanelAndClearsTheRefusal() throws Exception {
        fixtures.signedMandate(baerum, project);
        var open = queries.step(project, RoadmapStep.of(1), baerum.buyer().user()).items().stream()
                .filter(item -> item.required() && !item.done())
                .toList();
        for (var item : open.subList(0, open.size() - 1)) {
            projects.setItemDone(
                    project, RoadmapStep.of(1), item.id(), true, baerum.buyer().user());
        }
        mvc.perform(post(step1 + "/items/" + open.get(open.size() - 1).id())
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .header("HX-Request", "true")
                        .param("done", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Alle påkrevde punkter er gjort."),
                                containsString("Fullfør steg 1"),
                                not(containsString("påkrevd punkt er ikke gjort")))));
    }

    @Test
    void tickingAnItemWithHtmxAnswersWithTheChecklistFragmentOnly() throws Exception {
        ChecklistItemView item = firstItem();
        mvc.perform(post(step1 + "/items/" + item.id())
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .header("HX-Request", "true")
                        .param("done", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"checklist\""),
                                containsString("Merk som ikke gjort"),
                                containsString("data-focus-after-swap"),
                                containsString("hx-post=\"" + step1 + "/items/"),
                                not(containsString("<html")),
                                containsString("id=\"gate\" aria-labelledby=\"gate-heading\" hx-swap-oob=\"true\""),
                                containsString("<div id=\"gate-error\" hx-swap-oob=\"true\"></div>"))));
        assertThat(firstItem().done()).isTrue();
        mvc.perform(post(step1 + "/items/" + item.id())
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .header("HX-Request", "true")
                        .param("done", "false"))
                .andExpect(status().isOk());
        assertThat(firstItem().done()).isFalse();
    }

    @Test
    void ownItemsAreAddedAndRemovedAndABlankOneIsRefused() throws Exception {
        mvc.perform(post(step1 + "/items")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("text", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("Skriv teksten til punktet."), containsString("id=\"text-error\""))));
        mvc.perform(post(step1 + "/items")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("text", "Snakk med personvernombudet"))
                .andExpect(status().is3xxRedirection());
        StepDetails step =
                queries.step(project, RoadmapStep.of(1), baerum.buyer().user());
        ChecklistItemView own = step.items().get(step.items().size() - 1);
        assertThat(own.text()).isEqualTo("Snakk med personvernombudet");
        assertThat(own.required()).isFalse();

        mvc.perform(post(step1 + "/items/" + firstItem().id() + "/remove")
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Bare egne punkter kan fjernes.")));
        mvc.perform(post(step1 + "/items/" + own.id() + "/remove")
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(redirectedUrl(step1 + "#checklist"));
        assertThat(queries.step(project, RoadmapStep.of(1), baerum.buyer().user())
                        .items())
                .extracting(ChecklistItemView::id)
                .doesNotContain(own.id());
    }

    @Test
    void aSecondSaveFromTheSameVersionGetsAConflictWithItsTextKeptAndTheSavedTextShown() throws Exception {
        String page = mvc.perform(get(step1).with(user(baerum.buyer().details())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(version.find()).isTrue();
        String seen = version.group(1);

        mvc.perform(post(step1 + "/notes")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("version", seen)
                        .param("notes", "Kari skrev dette først")
                        .param("dueDate", "2027-03-01"))
                .andExpect(redirectedUrl(step1 + "#notes"));
        mvc.perform(post(step1 + "/notes")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("version", seen)
                        .param("notes", "Berit skrev dette samtidig")
                        .param("dueDate", "2027-04-01"))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(allOf(
                                containsString("Noen andre lagret steget mens du skrev"),
                                containsString(">Berit skrev dette samtidig</textarea>"),
                                containsString("value=\"2027-04-01\""),
                                containsString("Kari skrev dette først"),
                                containsString("01.03.2027"))));
        StepDetails saved =
                queries.step(project, RoadmapStep.of(1), baerum.buyer().user());
        assertThat(saved.notes()).isEqualTo("Kari skrev dette først");
        assertThat(saved.dueDate()).hasToString("2027-03-01");
    }

    @Test
    void aDueDateInThePastIsSavedButWarnedAbout() throws Exception {
        java.time.LocalDate past = no.innomotor.shared.NorwegianTime.today(java.time.Clock.systemUTC())
                .minusDays(3);
        var saved = mvc.perform(post(step1 + "/notes")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("version", "0")
                        .param("notes", "Sent ute")
                        .param("dueDate", past.toString()))
                .andExpect(redirectedUrl(step1 + "#notes"))
                .andReturn();
        String formatted = past.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        mvc.perform(get(step1).with(user(baerum.buyer().details())).flashAttrs(saved.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Merk at fristen allerede er passert."),
                                containsString("id=\"dueDate-warning\""),
                                containsString("Fristen " + formatted + " er passert."))));
        assertThat(queries.step(project, RoadmapStep.of(1), baerum.buyer().user())
                        .pastDue())
                .isTrue();

        // A date ahead is no warning.
        mvc.perform(post(step1 + "/notes")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param(
                                "version",
                                String.valueOf(queries.step(
                                                project,
                                                RoadmapStep.of(1),
                                                baerum.buyer().user())
                                        .version()))
                        .param("notes", "I rute")
                        .param("dueDate", past.plusDays(30).toString()))
                .andExpect(redirectedUrl(step1 + "#notes"));
        mvc.perform(get(step1).with(user(baerum.buyer().details())))
                .andExpect(content().string(not(containsString("id=\"dueDate-warning\""))));
    }

    @Test
    void anInvalidDueDateIsShownNextToTheField() throws Exception {
        mvc.perform(post(step1 + "/notes")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("version", "0")
                        .param("notes", "Notat")
                        .param("dueDate", "31.02.2027"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("Skriv en gyldig dato."), containsString("id=\"dueDate-error\""))));
    }

    @Test
    void theGateRefusesToCompleteUntilRequiredItemsAndTheMandateAreInPlace() throws Exception {
        var refused = mvc.perform(post(step1 + "/complete")
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(redirectedUrl(step1 + "#gate-error"))
                .andReturn();
        mvc.perform(get(step1).with(user(baerum.buyer().details())).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("påkrevde punkter er ikke gjort, og mandatet er ikke " + "signert")));
        mvc.perform(get(step1).with(user(baerum.buyer().details())))
                .andExpect(content().string(not(containsString("påkrevde punkter er ikke gjort, og mandatet"))));
        fixtures.tickRequired(baerum, project, RoadmapStep.of(1));
        fixtures.signedMandate(baerum, project);
        mvc.perform(post(step1 + "/complete")
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(redirectedUrl("/projects/" + project + "/steps/2"));
        mvc.perform(get(step1).with(user(baerum.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Fullført av Berit Innkjøper"), not(containsString("Fullfør steg 1")))));
        mvc.perform(post(step1 + "/complete")
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isConflict());
    }

    @Test
    void anAllowedPdfIsStoredAndDownloadsAsAnAttachmentWithItsType() throws Exception {
        mvc.perform(multipart(step1 + "/documents")
                        .file(new MockMultipartFile("file", "Mandat 2027.pdf", "application/pdf", PDF))
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(redirectedUrl(step1 + "#documents"));
        DocumentView document = queries.step(
                        project, RoadmapStep.of(1), baerum.buyer().user())
                .documents()
                .get(0);
        assertThat(document.filename()).isEqualTo("Mandat 2027.pdf");

        mvc.perform(get(step1).with(user(baerum.buyer().details())))
                .andExpect(content().string(containsString("Mandat 2027.pdf")));
        mvc.perform(get("/projects/" + project + "/documents/" + document.id())
                        .with(user(baerum.leader().details())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("Mandat")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/projects/" + project + "/documents/" + document.id())
                        .with(user(other.buyer().details())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProgramRenamedToPdfIsRefusedNextToTheUploadFieldAndNothingIsStored() throws Exception {
        mvc.perform(multipart(step1 + "/documents")
                        .file(new MockMultipartFile("file", "budsjett.pdf", "application/pdf", exe()))
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"file-error\""),
                                containsString("Denne filtypen er ikke tillatt."))));
        mvc.perform(multipart(step1 + "/documents")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", exe()))
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This file type is not allowed.")));
        assertThat(queries.step(project, RoadmapStep.of(1), baerum.buyer().user())
                        .documents())
                .isEmpty();
    }

    @Test
    void aZipRenamedToPdfIsRefused() throws Exception {
        mvc.perform(multipart(step1 + "/documents")
                        .file(new MockMultipartFile("file", "notat.pdf", "application/pdf", zip()))
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"file-error\"")));
        assertThat(queries.step(project, RoadmapStep.of(1), baerum.buyer().user())
                        .documents())
                .isEmpty();
    }

    @Test
    void anOversizedFileIsRefusedNextToTheUploadField() throws Exception {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        mvc.perform(multipart(step1 + "/documents")
                        .file(new MockMultipartFile("file", "stor.pdf", "application/pdf", large))
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"file-error\""),
                                containsString("Filen er for stor. Største tillatte størrelse er 10 MB."))));
        assertThat(queries.step(project, RoadmapStep.of(1), baerum.buyer().user())
                        .documents())
                .isEmpty();
    }

    @Test
    void anUploadDeclaredLargerThanTheLimitGoesBackToTheStepWithTheErrorAtTheField() throws Exception {
        mvc.perform(post(step1 + "/documents")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .contentType("multipart/form-data; boundary=grense")
                        .content(new byte[10 * 1024 * 1024 + 1]))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(step1 + "?upload=tooLarge#documents"));
        mvc.perform(get(step1)
                        .param("upload", "tooLarge")
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"file-error\""),
                                containsString("Filen er for stor. Største tillatte størrelse er 10 MB."))));
        assertThat(queries.step(project, RoadmapStep.of(1), baerum.buyer().user())
                        .documents())
                .isEmpty();
    }

    @Test
    void theContainersOwnRefusalOfAnOversizedBodyAlsoGoesBackToTheStep() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", step1 + "/documents");
        assertThat(new UploadLimit().stepPageAfterTooLargeUpload().pageFor(request))
                .contains(step1 + "?upload=tooLarge#documents");
        MockHttpServletRequest elsewhere = new MockHttpServletRequest("POST", "/somewhere/else");
        assertThat(new UploadLimit().stepPageAfterTooLargeUpload().pageFor(elsewhere))
                .as("not a step upload: the platform's 413 page answers")
                .isEmpty();
    }

    @Test
    void aPausedProjectRefusesStepChanges() throws Exception {
        projects.pause(project, baerum.buyer().user());
        mvc.perform(get(step1).with(user(baerum.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("satt på pause, så steget kan ikke endres nå"),
                                not(containsString("Merk som gjort")))));
        mvc.perform(post(step1 + "/items/" + firstItem().id())
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("done", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Gjenoppta det før du endrer veikartet.")));
    }
}
