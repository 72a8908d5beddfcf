package no.innomotor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.stream.StreamSupport;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The open projects and statistics, read anonymously: which projects, which figures, and the paging. */
@InnomotorTest
class OpenDataApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OpenDataFixtures fixtures;

    OpenDataClient client;
    OpenDataFixtures.World world;

    @BeforeEach
    void world() {
        client = new OpenDataClient(mvc);
        world = fixtures.world("Opnaby kommune");
    }

    @Test
    void projectsWithASignedMandateOrAPublishedDialogueAreOpenAndDraftsAreNot() throws Exception {
        List<String> ids = client.projectIds("/api/v1/open/projects?size=1000");

        assertThat(ids).contains(world.signed().toString(), world.inDialogue().toString());
        assertThat(ids).doesNotContain(world.draft().toString());
    }

    @Test
    void anOpenProjectShowsItsBuyerStepsDialogueRiskReliefAndBenefitFigures() throws Exception {
        JsonNode project = client.project(world.inDialogue().toString());

        assertThat(project.path("title").asString()).isEqualTo("Dialogprosjekt i Opnaby kommune");
        assertThat(project.path("buyer").path("name").asString()).isEqualTo("Opnaby kommune");
        assertThat(project.path("buyer").path("orgNumber").asString()).hasSize(9);
        assertThat(project.path("buyer").path("kind").asString()).isEqualTo("MUNICIPALITY");
        assertThat(project.path("procedure").asString()).isEqualTo("INNOVATION_PARTNERSHIP");
        assertThat(project.path("currentStep").asInt()).isEqualTo(3);
        assertThat(project.path("mandateSigned").asBoolean()).isTrue();
        assertThat(project.path("steps")).hasSize(2);
        assertThat(project.path("dialogue").path("registrations").asLong()).isEqualTo(1);
        assertThat(project.path("riskRelief").path("grantedNok").asLong()).isEqualTo(400_000);
        assertThat(project.path("benefits").path("benefits").asInt()).isEqualTo(2);
        assertThat(project.path("benefits").path("measured").asInt()).isEqualTo(1);
        assertThat(project.path("benefits").path("plannedNok").asLong()).isEqualTo(500_000);
        assertThat(project.path("benefits").path("titles").get(0).asString()).isEqualTo(OpenDataFixtures.SHOWN_BENEFIT);

        JsonNode notShowcased = client.project(world.signed().toString());
        assertThat(notShowcased.path("benefits").path("showcased").asBoolean()).isFalse();
        assertThat(notShowcased.path("benefits").path("titles")).isEmpty();
        assertThat(notShowcased.path("dialogue").isNull()).isTrue();
    }

    @Test
    void pagingReturnsEveryOpenProjectExactlyOnceAndTheLastPageHasNoNextLink() throws Exception {
        fixtures.world("Sidesby kommune");
        List<JsonNode> pages = client.pages("/api/v1/open/projects?size=2");
        List<String> ids = pages.stream()
                .flatMap(page -> StreamSupport.stream(page.path("projects").spliterator(), false))
                .map(project -> project.path("id").asString())
                .toList();

        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(ids).contains(world.signed().toString(), world.inDialogue().toString());
        assertThat(ids).containsExactlyElementsOf(client.projectIds("/api/v1/open/projects?size=1000"));
        assertThat(pages.get(pages.size() - 1).path("links").has("next")).isFalse();
        pages.subList(0, pages.size() - 1)
                .forEach(page -> assertThat(page.path("projects")).hasSize(2));
    }

    @Test
    void aPageSizeOutsideTheLimitsOrABadCursorIsRefusedWithTheReason() throws Exception {
        for (String size : List.of("0", "1001", "-3", "many")) {
            mvc.perform(get("/api/v1/open/projects").param("size", size).param("lang", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.detail").value("The page size must be a whole number from 1 to 1000."));
        }
        mvc.perform(get("/api/v1/open/projects").param("after", "not-an-id").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The after parameter must be a project's id."));
    }

    @Test
    void statisticsCountTheOpenProjectsByStepProcedureSectorAndCounty() throws Exception {
        JsonNode statistics = client.json("/api/v1/open/statistics");

        assertThat(statistics.path("projects").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(statistics.path("byStep")).hasSize(8);
        assertThat(statistics.path("byProcedure")).hasSize(6);
        assertThat(statistics.path("bySector").findValuesAsString("key")).contains("MUNICIPALITY");
        assertThat(statistics.path("byCounty").findValuesAsString("key")).contains("NO081");
        assertThat(statistics.path("timePerStep")).hasSize(8);
        assertThat(statistics.path("timePerStep").get(0).path("projects").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(statistics.path("dialogue").path("registrations").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(statistics.path("riskRelief").path("grantedNok").asLong()).isGreaterThanOrEqualTo(400_000);
        assertThat(statistics.path("benefits").path("projectsWithPlan").asLong())
                .isGreaterThanOrEqualTo(2);
        assertThat(statistics.path("benefits").path("realisationRate").asDouble())
                .isBetween(0.0, 1.0);
        assertThat(statistics.path("benefits").path("plannedNok").asLong()).isGreaterThanOrEqualTo(1_000_000);
    }
}
