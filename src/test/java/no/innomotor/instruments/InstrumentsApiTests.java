package no.innomotor.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import no.innomotor.followup.FollowUpFixtures;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The instruments API: the public catalogue with structured eligibility, and a project's explained matches. */
@InnomotorTest
class InstrumentsApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentFixtures fixtures;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    FollowUpFixtures followUps;

    @Test
    void anyoneReadsAPublishedInstrumentWithItsEligibilityAsStructuredFields() throws Exception {
        InstrumentFixtures.Actor actor = fixtures.actor("API-fondet " + System.nanoTime());
        String name = "API-midler " + System.nanoTime();
        InstrumentId id = fixtures.published(actor, InstrumentFixtures.forMunicipalities(name));

        mvc.perform(get("/api/v1/instruments/" + id).accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.owner.id").value(actor.id().toString()))
                .andExpect(jsonPath("$.kind").value("GRANT"))
                .andExpect(jsonPath("$.eligibility.organisationTypes[0]").value("MUNICIPALITY"))
                .andExpect(jsonPath("$.eligibility.roadmapSteps.length()").value(3))
                .andExpect(jsonPath("$.eligibility.requiresSignedMandate").value(true))
                .andExpect(jsonPath("$.eligibility.requiresPilotCustomer").value(false))
                .andExpect(jsonPath("$.eligibility.minAmount").value(1_000_000))
                .andExpect(jsonPath("$.eligibility.maxAmount").value(10_000_000))
                .andExpect(jsonPath("$.eligibility.coFinancingMaxPercent").value(50))
                .andExpect(jsonPath("$.costCategories[0]").value("PERSONNEL"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aDraftAndAnUnknownIdAreNotFoundAsProblemJson() throws Exception {
        InstrumentFixtures.Actor actor = fixtures.actor("Utkastfondet " + System.nanoTime());
        InstrumentId draft = fixtures.draft(actor, InstrumentFixtures.forMunicipalities("Hemmelig utkast"));

        mvc.perform(get("/api/v1/instruments/" + draft).accept("application/json"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Vi fant ikke virkemiddelet."));
        // Not even its owner reads a draft through the public API.
        mvc.perform(get("/api/v1/instruments/" + draft)
                        .accept("application/json")
                        .with(user(actor.person().details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/instruments/" + InstrumentId.random()).accept("application/json"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/instruments/ikke-en-id").accept("application/json"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListPagesThroughPublishedInstrumentsOnlyAndFiltersByActor() throws Exception {
        InstrumentFixtures.Actor actor = fixtures.actor("Listefondet " + System.nanoTime());
        for (int i = 0; i < 3; i++) {
            fixtures.published(actor, "Liste " + i);
        }
        fixtures.draft(actor, InstrumentFixtures.forMunicipalities("Liste utkast"));

        String first = mvc.perform(get("/api/v1/instruments")
                        .param("actor", actor.id().toString())
                        .param("size", "2")
                        .accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.pages").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first).doesNotContain("Liste utkast");
        mvc.perform(get("/api/v1/instruments")
                        .param("actor", actor.id().toString())
                        .param("size", "2")
                        .param("page", "1")
                        .accept("application/json"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Liste 2"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProjectsMatchesComeBestFirstWithReasonsInTheCallersLanguage() throws Exception {
        InstrumentFixtures.Actor actor = fixtures.actor("Matchfondet " + System.nanoTime());
        InstrumentId fitting =
                fixtures.published(actor, InstrumentFixtures.forMunicipalities("Passer " + System.nanoTime()));
        InstrumentId forSuppliers =
                fixtures.published(actor, InstrumentFixtures.forSuppliers("Passer ikke " + System.nanoTime()));
        ProjectFixtures.Org kommune = projects.municipality("API-vik kommune");
        ProjectId project = projects.project(kommune, "Trygghet hjemme");
        projects.signedMandate(kommune, project);

        String json = mvc.perform(get("/api/v1/projects/" + project + "/instrument-matches")
                        .param("lang", "en")
                        .accept("application/json")
                        .with(user(kommune.buyer().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> matches = JSON.readValue(json, List.class);
        List<String> ids =
                matches.stream().map(m -> (String) m.get("instrumentId")).toList();
        assertThat(ids).contains(fitting.toString(), forSuppliers.toString());
        assertThat(ids.indexOf(fitting.toString())).isLessThan(ids.indexOf(forSuppliers.toString()));
        // Best first: every instrument that fits comes before every one that does not, by score within each.
        List<Boolean> fits = matches.stream().map(m -> (Boolean) m.get("fits")).toList();
        assertThat(fits.indexOf(false) == -1 || fits.lastIndexOf(true) < fits.indexOf(false))
                .isTrue();

        Map<String, Object> fit = matches.get(ids.indexOf(fitting.toString()));
        assertThat(fit.get("fits")).isEqualTo(true);
        assertThat(fit.get("score")).isEqualTo(100);
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) fit.get("reasons");
        assertThat(reasons)
                .extracting(r -> r.get("rule"))
                .contains("organisationType", "roadmapStep", "signedMandate", "amount");
        assertThat(reasons).allSatisfy(r -> assertThat(r.get("met")).isEqualTo(true));
        assertThat(reasons).extracting(r -> r.get("text")).contains("The mandate is signed by top management.");

        Map<String, Object> miss = matches.get(ids.indexOf(forSuppliers.toString()));
        assertThat(miss.get("fits")).isEqualTo(false);
        assertThat((List<Map<String, Object>>) miss.get("reasons"))
                .filteredOn(r -> r.get("rule").equals("pilotCustomer"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("met")).isEqualTo(false);
                    assertThat(r.get("text")).isEqualTo("Needs a pilot customer, and none is given.");
                });
    }

    @Test
    void aProjectsMatchesAreForItsPeopleAndAdvisersOnly() throws Exception {
        ProjectFixtures.Org kommune = projects.municipality("Lukkvik kommune");
        ProjectId project = projects.project(kommune, "Lukket prosjekt");
        String path = "/api/v1/projects/" + project + "/instrument-matches";

        mvc.perform(get(path).accept("application/json")).andExpect(status().isUnauthorized());
        mvc.perform(get(path)
                        .accept("application/json")
                        .with(user(
                                projects.municipality("Nabovik kommune").buyer().details())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get(path)
                        .accept("application/json")
                        .with(user(followUps.adviser("Api Rådgiver").details())))
                .andExpect(status().isOk());
    }
}
