package no.innomotor.projects.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
class ProjectsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    ProjectFixtures fixtures;

    ProjectFixtures.Org baerum;
    ProjectFixtures.Org other;
    ProjectFixtures.Person supplier;

    @BeforeEach
    void setUp() {
        baerum = fixtures.municipality("Apibærum kommune");
        other = fixtures.municipality("Apiandre kommune");
        supplier = fixtures.person(fixtures.company("Api AS"), "Sara Leverandør", Role.SUPPLIER);
    }

    private String body(String organisation, String title, long value, String cpv) {
        return """
                {"title": "%s", "need": "Eldre skal bo trygt hjemme.", "organisationId": "%s",
                 "estimatedValueNok": %d, "cpvCodes": [%s], "nutsCode": "NO081",
                 "procedure": "COMPETITIVE_DIALOGUE", "teamMembers": []}
                """.formatted(title, organisation, value, cpv);
    }

    @Test
    void aBuyerListsTheirOrganisationsProjectsThroughTheBrowserSession() throws Exception {
        ProjectId own = fixtures.project(baerum, "Egne innovative anskaffelser");
        fixtures.project(other, "Andres prosjekt");
        mvc.perform(get("/api/v1/projects").with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items[*].id", hasItem(own.toString())))
                .andExpect(jsonPath("$.items[*].title", not(hasItem("Andres prosjekt"))))
                .andExpect(jsonPath("$.items[0].currentStep").value(1))
                .andExpect(jsonPath("$.items[0].currentStepName").value("ANCHORING"))
                .andExpect(jsonPath("$.items[0].estimatedValueNok").value(2_500_000))
                .andExpect(jsonPath("$.page").value(0));
        mvc.perform(get("/api/v1/projects")
                        .param("q", "anskaffelse")
                        .param("step", "1")
                        .with(user(baerum.buyer().details())))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/projects")
                        .param("step", "2")
                        .with(user(baerum.buyer().details())))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void anonymousCallersGet401ProblemJsonAndHttpBasicSignsNobodyIn() throws Exception {
        mvc.perform(get("/api/v1/projects").param("lang", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not signed in"))
                .andExpect(jsonPath("$.status").value(401));
        // HTTP Basic would bypass the login lock-out: even the right password is refused.
        mvc.perform(get("/api/v1/projects").with(httpBasic(baerum.buyer().email(), ProjectFixtures.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/projects").with(httpBasic(baerum.buyer().email(), "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aSessionWriteWithoutTheCsrfHeaderIsRefusedAsProblemJson() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .with(user(baerum.buyer().details()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(baerum.id().toString(), "Uten token", 1_000_000, "\"45210000\"")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/projects")
                        .param("q", "Uten token")
                        .with(user(baerum.buyer().details())))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void readingOneProjectGivesItsRoadmapAndIsNotFoundForOthers() throws Exception {
        ProjectId id = fixtures.project(baerum, "Api-prosjekt");
        mvc.perform(get("/api/v1/projects/" + id)
                        .param("lang", "en")
                        .with(user(baerum.leader().details())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Api-prosjekt"))
                .andExpect(jsonPath("$.organisationName").value("Apibærum kommune"))
                .andExpect(jsonPath("$.steps", hasSize(8)))
                .andExpect(jsonPath("$.steps[0].state").value("CURRENT"))
                .andExpect(jsonPath("$.cpvCodes[0].code").value("72000000"))
                .andExpect(jsonPath("$.cpvCodes[0].label")
                        .value("IT services: consulting, software development, Internet and support"))
                .andExpect(jsonPath("$.nutsCode").value("NO081"))
                .andExpect(jsonPath("$.estimatedValueNok").value(2_500_000))
                .andExpect(jsonPath("$.currentStep").value(1))
                .andExpect(jsonPath("$.mandateState").value("NONE"));
        mvc.perform(get("/api/v1/projects/" + id)
                        .param("lang", "en")
                        .with(user(other.buyer().details())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The project does not exist, or you do not have access to it."));
        mvc.perform(get("/api/v1/projects/" + id).with(user(supplier.details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects").with(user(supplier.details())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void aBuyerCreatesAProjectWithTheCsrfTokenInItsHeader() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .with(user(baerum.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(
                                baerum.id().toString(),
                                "Fossilfri byggeplass",
                                42_000_000,
                                "\"45210000\", \"31682000-0\"")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/projects/")))
                .andExpect(jsonPath("$.title").value("Fossilfri byggeplass"))
                .andExpect(jsonPath("$.cpvCodes[1].code").value("31682000"))
                .andExpect(jsonPath("$.procedure").value("COMPETITIVE_DIALOGUE"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void badInputGets422WithFieldErrorsInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .param("lang", "en")
                        .with(user(baerum.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(baerum.id().toString(), "", -1, "\"72000000\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("Enter a title.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'estimatedValueNok')].message")
                        .value(hasItem("The amount cannot be negative.")));
        mvc.perform(post("/api/v1/projects")
                        .with(user(baerum.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(baerum.id().toString(), "x".repeat(201), 1, "\"72000000\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Tittelen kan ha høyst 200 tegn."));
        mvc.perform(post("/api/v1/projects")
                        .with(user(baerum.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(baerum.id().toString(), "Ukjent kode", 1, "\"99999999\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cpvCodes"))
                .andExpect(jsonPath(
                        "$.errors[0].message",
                        endsWith("Finnes ikke i CPV: 99999999. Sjekk kodene, " + "eller søk etter dem med et ord.")));
        mvc.perform(post("/api/v1/projects")
                        .with(user(baerum.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(baerum.id().toString(), "Ikke en kode", 1, "\"IT-tjenester\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cpvCodes"))
                .andExpect(jsonPath("$.errors[0].message", containsString("IT-tjenester")));
        mvc.perform(post("/api/v1/projects")
                        .with(user(baerum.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBuyerCannotCreateForAnotherOrganisationAndASupplierCannotCreateAtAll() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .with(user(baerum.buyer().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(other.id().toString(), "Fremmed", 1, "\"72000000\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        mvc.perform(post("/api/v1/projects")
                        .with(user(supplier.details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(baerum.id().toString(), "Leverandør", 1, "\"72000000\"")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/projects")
                        .with(user(baerum.leader().details()))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(baerum.id().toString(), "Leder", 1, "\"72000000\"")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDocumentListsTheProjectEndpointsAndIsPublic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/projects'].get.summary").value("List projects"))
                .andExpect(jsonPath("$.paths['/api/v1/projects'].post.summary").value("Create a project"))
                .andExpect(
                        jsonPath("$.paths['/api/v1/projects/{id}'].get.summary").value("Read one project"))
                .andExpect(jsonPath("$.components.schemas.CreateProject").exists())
                .andExpect(jsonPath("$.components.schemas.Project").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme")
                        .value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth").doesNotExist());
    }
}
