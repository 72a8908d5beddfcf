package no.innomotor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The case library's and the catalogue's pages and API from both sides: the buyers build, write, publish and list;
 * their top leader and an adviser read the draft and are refused the commands; another municipality is told there is
 * no such project, and anyone reads the published case and the solution with its adoptions.
 */
@InnomotorTest
class CasePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    CaseFixtures fixtures;

    ProjectFixtures.Org owner;
    ProjectFixtures.Org other;
    ProjectFixtures.Person adviser;
    ProjectId project;
    String base;

    @BeforeEach
    void world() {
        owner = projects.municipality("Casebyen kommune");
        other = projects.municipality("Andrecase kommune");
        adviser = projects.person(projects.company("Caseråd AS"), "Rita Rådgiver", Role.ADVISER);
        project = fixtures.atSpread(owner, "Varsling av fall i Casebyen");
        base = "/projects/" + project + "/case";
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    @Test
    void theBuyerWritesLessonsAndPublishesAndThePublicThenReadsTheCase() throws Exception {
        String draft =
                body(mvc.perform(get(base).with(user(owner.buyer().details()))).andExpect(status().isOk()));
        assertThat(draft).contains("Varsling av fall i Casebyen", "Utkast", "action=\"" + base + "/publish\"");

        // Publishing without lessons is a field error next to the lessons.
        String refused = body(mvc.perform(post(base + "/publish")
                        .with(csrf())
                        .with(user(owner.buyer().details()))
                        .param("version", String.valueOf(fixtures.version(project))))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("Skriv hva dere lærte før dere publiserer.", "aria-invalid=\"true\"");

        mvc.perform(post(base + "/lessons")
                        .with(csrf())
                        .with(user(owner.buyer().details()))
                        .param("version", String.valueOf(fixtures.version(project)))
                        .param("wentWell", "Tidlig dialog med hjemmetjenesten.")
                        .param("doDifferently", "Mer tid til gevinstplanen.")
                        .param("advice", "Start med nattevakten."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/publish")
                        .with(csrf())
                        .with(user(owner.buyer().details()))
                        .param("version", String.valueOf(fixtures.version(project))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(base));

        String library =
                body(mvc.perform(get("/cases").param("q", "nattevakten")).andExpect(status().isOk()));
        assertThat(library).contains("Varsling av fall i Casebyen");
        String fragment =
                body(mvc.perform(get("/cases").param("q", "nattevakten").header("HX-Request", "true"))
                        .andExpect(status().isOk())
                        .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request"))));
        assertThat(fragment).contains("Varsling av fall i Casebyen").doesNotContain("<html");

        CaseId id = fixtures.awaitCase(project);
        String page = body(mvc.perform(get("/cases/" + id)).andExpect(status().isOk()));
        assertThat(page)
                .contains("Start med nattevakten.", "Tildelt leverandør er ikke registrert på plattformen.")
                .doesNotContain(owner.buyer().email(), "Berit Innkjøper", "Lars Leder");
        String json = body(mvc.perform(get("/api/v1/cases/" + id).accept("application/json"))
                .andExpect(status().isOk()));
        assertThat(json).contains("\"contract\":\"NOT_RECORDED\"", "Start med nattevakten.");
    }

    @Test
    void theDraftIsHiddenFromThePublicAndOtherMunicipalitiesAndReadOnlyForLeadersAndAdvisers() throws Exception {
        CaseId id = fixtures.awaitCase(project);
        mvc.perform(get("/cases/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + id).accept("application/json"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
        mvc.perform(get(base).with(user(other.buyer().details()))).andExpect(status().isNotFound());
        mvc.perform(get(base).accept("text/html")).andExpect(status().is3xxRedirection());

        String leader =
                body(mvc.perform(get(base).with(user(owner.leader().details()))).andExpect(status().isOk()));
        assertThat(leader).doesNotContain("action=\"" + base + "/publish\"");
        mvc.perform(get(base).with(user(adviser.details()))).andExpect(status().isOk());
        mvc.perform(post(base + "/publish")
                        .with(csrf())
                        .with(user(owner.leader().details()))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/build").with(csrf()).with(user(adviser.details())))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/build").with(csrf()).with(user(other.buyer().details())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherBuyerAdoptsTheListedSolutionAndThePublicSeesTheAdoption() throws Exception {
        mvc.perform(post("/projects/" + project + "/solution")
                        .with(csrf())
                        .with(user(owner.buyer().details()))
                        .param("name", "Nattlig fallvarsel")
                        .param("description", "Sensorer som varsler hjemmetjenesten ved fall om natten.")
                        .param("contractForm", "Rammeavtale med opsjon for nabokommuner.")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String solutionPath = body(mvc.perform(get("/solutions")).andExpect(status().isOk()))
                .lines()
                .filter(line -> line.contains("Nattlig fallvarsel"))
                .map(line -> line.replaceAll(".*href=\"(/solutions/[^\"]+)\".*", "$1"))
                .findFirst()
                .orElseThrow();
        String today = LocalDate.now(NorwegianTime.ZONE).toString();

        // The originating organisation is offered no adoption, and a forged one is refused next to the field.
        String own = body(mvc.perform(get(solutionPath).with(user(owner.buyer().details())))
                .andExpect(status().isOk()));
        assertThat(own).contains("Løsningen er deres egen").doesNotContain("action=\"" + solutionPath + "/adoptions\"");
        String forged = body(mvc.perform(post(solutionPath + "/adoptions")
                        .with(csrf())
                        .with(user(owner.buyer().details()))
                        .param("organisation", owner.id().toString())
                        .param("kind", "OWN_PROCUREMENT")
                        .param("adoptedOn", today))
                .andExpect(status().isUnprocessableContent()));
        assertThat(forged).contains("kan ikke registrere at den tar sin egen løsning i bruk");

        mvc.perform(post(solutionPath + "/follow")
                        .with(csrf())
                        .with(user(other.buyer().details())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(solutionPath + "/adoptions")
                        .with(csrf())
                        .with(user(other.buyer().details()))
                        .param("organisation", other.id().toString())
                        .param("kind", "JOINT_PROCUREMENT")
                        .param("adoptedOn", today))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(solutionPath + "/adoptions")
                        .with(csrf())
                        .with(user(owner.leader().details())))
                .andExpect(status().isForbidden());

        String pub = body(mvc.perform(get(solutionPath)).andExpect(status().isOk()));
        assertThat(pub).contains("Andrecase kommune", "Felles anskaffelse", "Tatt i bruk av andre (1)");
        String json = body(mvc.perform(get("/api/v1" + solutionPath).accept("application/json"))
                .andExpect(status().isOk()));
        assertThat(json).contains("\"adoptions\":1", "Andrecase kommune", "JOINT_PROCUREMENT");
        assertThat(body(mvc.perform(get("/api/v1/solutions").accept("application/json"))))
                .contains("Nattlig fallvarsel");
    }
}
