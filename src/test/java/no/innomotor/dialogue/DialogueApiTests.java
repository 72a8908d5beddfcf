package no.innomotor.dialogue;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.organisations.AccessTokenScope;
import no.innomotor.organisations.AccessTokensManagement;
import no.innomotor.organisations.NewAccessToken;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.projects.ProjectId;
import no.innomotor.testing.InnomotorTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The market-dialogue API: the same rules as the pages, plain-string ids, problem+json in the caller's language. */
@InnomotorTest
class DialogueApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    AccessTokensManagement tokens;

    Org buyer;

    @BeforeEach
    void organisation() {
        buyer = projects.municipality("Apivik kommune");
    }

    @Test
    void aBuyerDraftsAndPublishesWithATokenAndTheAnnouncementIsPublic() throws Exception {
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Prosjekt via API");
        String secret = tokens.create(buyer.buyer().id(), new NewAccessToken("Skript", AccessTokenScope.READ_WRITE, 30))
                .secret();

        String created = mvc.perform(post("/api/v1/projects/" + project + "/announcements")
                        .header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Markedsdialog via API", "need": "Fall oppdages for sent.",
                                 "cpvCodes": ["33195000"], "nutsCode": "NO081",
                                 "interestDeadline": "2031-01-15T11:00:00Z",
                                 "contactName": "Berit", "contactEmail": "berit@kommune.example"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/announcements/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.projectId").value(project.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = created.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/announcements/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/announcements/" + id + "/publish").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        mvc.perform(get("/api/v1/announcements/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.cpvCodes[0]").value("33195000"))
                .andExpect(jsonPath("$.page").value("/announcements/" + id));
        mvc.perform(get("/api/v1/announcements"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].title").value("Markedsdialog via API"));
    }

    @Test
    void anotherOrganisationsBuyerIsToldTheProjectAndTheAnnouncementDoNotExist() throws Exception {
        ProjectId project = fixtures.projectInMarketDialogue(buyer, "Eget prosjekt");
        Org other = projects.municipality("Fremmedvik kommune");
        AnnouncementId id = fixtures.draft(buyer, "Ikke ditt utkast");

        mvc.perform(post("/api/v1/projects/" + project + "/announcements")
                        .with(user(other.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/announcements/" + id + "/publish")
                        .with(user(other.buyer().details()))
                        .with(csrf().asHeader()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/projects/" + project + "/announcements")
                        .with(user(buyer.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Skriv en tittel."));
    }

    @Test
    void aSupplierRegistersAsksAndSendsInputAndSeesOnlyItsOwn() throws Exception {
        AnnouncementId id = fixtures.published(buyer, "Dialog via API");
        Supplier asker = fixtures.supplier("Apispør AS");
        Supplier other = fixtures.supplier("Apinabo AS");
        String base = "/api/v1/announcements/" + id;

        mvc.perform(
                        post(base + "/registrations")
                                .with(user(asker.person().details()))
                                .with(csrf().asHeader())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"participants\": [{\"name\": \"Sara Sensor\", \"email\": \"sara@apispor.example\"}]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.participants[0].email").value("sara@apispor.example"));
        mvc.perform(post(base + "/registrations")
                        .with(user(other.person().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participants\": []}"))
                .andExpect(status().isCreated());
        String question = mvc.perform(post(base + "/questions")
                        .with(user(asker.person().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Kan vi bruke eget alarmmottak?\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.own").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(post(base + "/inputs")
                        .with(user(asker.person().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Vi har et mottak i drift i tre kommuner.\"}"))
                .andExpect(status().isCreated());

        mvc.perform(get(base + "/questions").with(user(other.person().details())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(base + "/inputs").with(user(other.person().details())))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(base + "/inputs")).andExpect(status().isUnauthorized());
        mvc.perform(get(base + "/questions")).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(base + "/inputs").with(user(buyer.buyer().details())))
                .andExpect(jsonPath("$[0].company").value("Apispør AS"));
        mvc.perform(get(base + "/questions").with(user(buyer.buyer().details())))
                .andExpect(jsonPath("$[0].askedBy").value("Apispør AS"));

        mvc.perform(post("/api/v1/questions/" + question + "/answer")
                        .with(user(buyer.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Ja, hvis det tar imot standardmeldinger.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ANSWERED"));

        mvc.perform(get(base + "/questions"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].answer").value("Ja, hvis det tar imot standardmeldinger."))
                .andExpect(jsonPath("$[0].askedBy").doesNotExist());
        mvc.perform(get(base)).andExpect(jsonPath("$.questions[0].text").value("Kan vi bruke eget alarmmottak?"));
    }

    @Test
    void errorsAreProblemJsonInTheCallersLanguage() throws Exception {
        AnnouncementId id = fixtures.published(buyer, "Feil på engelsk");
        Supplier supplier = fixtures.supplier("Uregistrert AS");

        mvc.perform(post("/api/v1/announcements/" + id + "/questions?lang=en")
                        .with(user(supplier.person().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Hei?\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Register your company’s interest first."));
        mvc.perform(post("/api/v1/announcements/" + id + "/questions")
                        .with(user(buyer.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Hei?\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/announcements/" + id + "/questions")
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Hei?\"}"))
                .andExpect(status().isUnauthorized());
    }
}
