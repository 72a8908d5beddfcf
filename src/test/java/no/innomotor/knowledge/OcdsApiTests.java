package no.innomotor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** OCDS 1.1 packages, read anonymously: the package fields, the releases' mapping, paging and the record package. */
@InnomotorTest
class OcdsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OpenDataFixtures fixtures;

    @Autowired
    OcdsReleases ocds;

    OpenDataClient client;
    OpenDataFixtures.World world;

    @BeforeEach
    void world() {
        client = new OpenDataClient(mvc);
        world = fixtures.world("Ocdsby kommune");
    }

    private List<JsonNode> allReleases() throws Exception {
        List<JsonNode> releases = new ArrayList<>();
        for (JsonNode page : client.pages("/api/v1/open/ocds/release-package?size=1000")) {
            page.path("releases").forEach(releases::add);
        }
        return releases;
    }

    private JsonNode release(String id) throws Exception {
        return allReleases().stream()
                .filter(release -> release.path("id").asString().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No release " + id));
    }

    @Test
    void theReleasePackageCarriesThePackageFields() throws Exception {
        JsonNode page = client.json("/api/v1/open/ocds/release-package?size=5");

        assertThat(page.path("version").asString()).isEqualTo("1.1");
        assertThat(page.path("uri").asString()).startsWith("http://localhost/api/v1/open/ocds/release-package");
        assertThat(page.path("publishedDate").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(page.path("publisher").path("name").asString()).isEqualTo("Innomotor");
        assertThat(page.path("license").asString()).isEqualTo("https://data.norge.no/nlod/no/2.0");
        assertThat(page.path("publicationPolicy").asString()).endsWith("/open-data#ocds");
        assertThat(page.path("extensions").get(0).asString()).contains("ocds_location_extension");
    }

    @Test
    void aSignedProjectHasAPlanningReleaseWithItsBuyerAndBudget() throws Exception {
        String ocid = ocds.ocid(world.signed());
        JsonNode planning = release(ocid + "-planning");

        assertThat(ocid).startsWith(OcdsReleases.PLACEHOLDER_PREFIX);
        assertThat(planning.path("ocid").asString()).isEqualTo(ocid);
        assertThat(planning.path("tag").get(0).asString()).isEqualTo("planning");
        assertThat(planning.path("initiationType").asString()).isEqualTo("tender");
        assertThat(planning.path("planning")
                        .path("budget")
                        .path("amount")
                        .path("amount")
                        .asLong())
                .isEqualTo(2_500_000);
        assertThat(planning.path("planning")
                        .path("budget")
                        .path("amount")
                        .path("currency")
                        .asString())
                .isEqualTo("NOK");
        JsonNode party = planning.path("parties").get(0);
        assertThat(party.path("identifier").path("scheme").asString()).isEqualTo("NO-ORG");
        assertThat(party.path("name").asString()).isEqualTo("Ocdsby kommune");
        assertThat(party.path("roles").get(0).asString()).isEqualTo("buyer");
        assertThat(planning.path("buyer").path("id").asString())
                .isEqualTo(party.path("id").asString());
        assertThat(planning.path("planning")
                        .path("milestones")
                        .get(0)
                        .path("type")
                        .asString())
                .isEqualTo("approval");
        assertThat(allReleases().stream().map(release -> release.path("id").asString()))
                .doesNotContain(ocid + "-tender");
    }

    @Test
    void aPublishedDialogueIsATenderReleaseWithTheInnovativeProcedureMapped() throws Exception {
        JsonNode tender = release(ocds.ocid(world.inDialogue()) + "-tender").path("tender");

        assertThat(tender.path("status").asString()).isEqualTo("planning");
        assertThat(tender.path("procurementMethod").asString()).isEqualTo("selective");
        assertThat(tender.path("procurementMethodDetails").asString()).isEqualTo("Innovasjonspartnerskap");
        assertThat(tender.path("mainProcurementCategory").asString()).isEqualTo("services");
        assertThat(tender.path("items")
                        .get(0)
                        .path("classification")
                        .path("scheme")
                        .asString())
                .isEqualTo("CPV");
        assertThat(tender.path("items").get(0).path("classification").path("id").asString())
                .isEqualTo("72000000");
        assertThat(tender.path("items")
                        .get(0)
                        .path("deliveryLocation")
                        .path("gazetteer")
                        .path("identifiers")
                        .get(0)
                        .asString())
                .isEqualTo("NO081");
        assertThat(tender.path("value").path("amount").asLong()).isEqualTo(2_500_000);
        assertThat(tender.path("milestones").get(0).path("id").asString()).isEqualTo("market-dialogue-published");
    }

    @Test
    void draftsHaveNoReleases() throws Exception {
        String draft = ocds.ocid(world.draft());
        assertThat(allReleases().stream().map(release -> release.path("ocid").asString()))
                .doesNotContain(draft);
        mvc.perform(get("/api/v1/open/ocds/record-package").param("ocid", draft))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void pagingWalksEveryOpenProjectOnceAndTheLastPageHasNoNextLink() throws Exception {
        List<JsonNode> pages = client.pages("/api/v1/open/ocds/release-package?size=3");
        List<String> planned = new ArrayList<>();
        for (JsonNode page : pages) {
            for (JsonNode release : page.path("releases")) {
                if (release.path("tag").get(0).asString().equals("planning")) {
                    planned.add(release.path("ocid").asString());
                }
            }
        }

        assertThat(new HashSet<>(planned)).hasSize(planned.size());
        assertThat(planned).contains(ocds.ocid(world.signed()), ocds.ocid(world.inDialogue()));
        assertThat(planned)
                .hasSize(client.projectIds("/api/v1/open/projects?size=1000").size());
        assertThat(pages.get(pages.size() - 1).has("links")).isFalse();
        assertThat(pages.get(0).path("links").path("next").asString()).contains("size=3");
    }

    @Test
    void theRecordPackageHoldsTheProjectsReleasesAndACompiledRelease() throws Exception {
        String ocid = ocds.ocid(world.inDialogue());
        JsonNode record = client.json("/api/v1/open/ocds/record-package?ocid=" + ocid);

        assertThat(record.path("version").asString()).isEqualTo("1.1");
        assertThat(record.path("records")).hasSize(1);
        JsonNode only = record.path("records").get(0);
        assertThat(only.path("ocid").asString()).isEqualTo(ocid);
        assertThat(only.path("releases").findValuesAsString("id")).contains(ocid + "-planning", ocid + "-tender");
        assertThat(only.path("compiledRelease").path("tag").get(0).asString()).isEqualTo("compiled");
        assertThat(only.path("compiledRelease").has("planning")).isTrue();
        assertThat(only.path("compiledRelease").has("tender")).isTrue();
    }

    @Test
    void anUnknownOcidIsNotFoundAndAMissingOneIsABadRequest() throws Exception {
        for (String ocid : List.of(
                "ocds-other-1",
                OcdsReleases.PLACEHOLDER_PREFIX + "not-a-uuid",
                OcdsReleases.PLACEHOLDER_PREFIX + "00000000-0000-0000-0000-000000000000")) {
            mvc.perform(get("/api/v1/open/ocds/record-package")
                            .param("ocid", ocid)
                            .param("lang", "en"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("There is no open project with that ocid."));
        }
        mvc.perform(get("/api/v1/open/ocds/record-package"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/open/ocds/release-package").param("size", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
