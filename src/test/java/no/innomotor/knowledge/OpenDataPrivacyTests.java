package no.innomotor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Field by field, what open data may hold (the allow-lists of docs/opendata.md), and a world seeded with people's
 * names, e-mail addresses, a supplier's unpublished question and a benefit title of a project not showcased, none of
 * which may appear in any open output.
 */
@InnomotorTest
class OpenDataPrivacyTests {

    /** The open projects' JSON, every key as a path ({@code []} for an array's elements). */
    static final Set<String> PROJECT_KEYS = Set.of(
            "projects[].id",
            "projects[].title",
            "projects[].need",
            "projects[].buyer.name",
            "projects[].buyer.orgNumber",
            "projects[].buyer.kind",
            "projects[].procedure",
            "projects[].cpvCodes[]",
            "projects[].nutsCode",
            "projects[].estimatedValueNok",
            "projects[].status",
            "projects[].currentStep",
            "projects[].mandateSigned",
            "projects[].createdAt",
            "projects[].steps[].step",
            "projects[].steps[].completedAt",
            "projects[].dialogue",
            "projects[].dialogue.publishedAt",
            "projects[].dialogue.announcements",
            "projects[].dialogue.registrations",
            "projects[].riskRelief.grants",
            "projects[].riskRelief.grantedNok",
            "projects[].benefits",
            "projects[].benefits.benefits",
            "projects[].benefits.measured",
            "projects[].benefits.realised",
            "projects[].benefits.plannedNok",
            "projects[].benefits.realisedNok",
            "projects[].benefits.showcased",
            "projects[].benefits.titles[]",
            "links.self",
            "links.next");

    static final Set<String> STATISTICS_KEYS = Set.of(
            "projects",
            "byStep[].key",
            "byStep[].projects",
            "byProcedure[].key",
            "byProcedure[].projects",
            "bySector[].key",
            "bySector[].projects",
            "byCounty[].key",
            "byCounty[].projects",
            "timePerStep[].step",
            "timePerStep[].projects",
            "timePerStep[].medianDays",
            "dialogue.projects",
            "dialogue.registrations",
            "dialogue.medianRegistrations",
            "riskRelief.projects",
            "riskRelief.grants",
            "riskRelief.grantedNok",
            "benefits.projectsWithPlan",
            "benefits.projectsMeasured",
            "benefits.realisationRate",
            "benefits.plannedNok",
            "benefits.realisedNok");

    static final Set<String> PACKAGE_KEYS = Set.of(
            "uri",
            "version",
            "extensions[]",
            "publishedDate",
            "publisher.name",
            "publisher.uri",
            "license",
            "publicationPolicy",
            "links.next",
            "packages[]",
            "records[].ocid");

    /** One release's keys, wherever it stands: in a release package, a record's releases or its compiled release. */
    static final Set<String> RELEASE_KEYS = Set.of(
            "ocid",
            "id",
            "date",
            "tag[]",
            "initiationType",
            "language",
            "parties[].id",
            "parties[].name",
            "parties[].identifier.scheme",
            "parties[].identifier.id",
            "parties[].identifier.legalName",
            "parties[].address.countryName",
            "parties[].roles[]",
            "buyer.id",
            "buyer.name",
            "planning.rationale",
            "planning.budget.id",
            "planning.budget.amount.amount",
            "planning.budget.amount.currency",
            "planning.milestones[].id",
            "planning.milestones[].title",
            "planning.milestones[].type",
            "planning.milestones[].status",
            "planning.milestones[].dateMet",
            "tender.id",
            "tender.title",
            "tender.description",
            "tender.status",
            "tender.procuringEntity.id",
            "tender.procuringEntity.name",
            "tender.items[].id",
            "tender.items[].classification.scheme",
            "tender.items[].classification.id",
            "tender.items[].deliveryLocation.description",
            "tender.items[].deliveryLocation.gazetteer.scheme",
            "tender.items[].deliveryLocation.gazetteer.identifiers[]",
            "tender.value.amount",
            "tender.value.currency",
            "tender.procurementMethod",
            "tender.procurementMethodDetails",
            "tender.mainProcurementCategory",
            "tender.milestones[].id",
            "tender.milestones[].title",
            "tender.milestones[].type",
            "tender.milestones[].status",
            "tender.milestones[].dateMet");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

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
        world = fixtures.world("Personvernby kommune");
    }

    @Test
    void theOpenProjectsAndStatisticsHoldOnlyTheDocumentedKeys() throws Exception {
        Set<String> projectKeys = new TreeSet<>();
        for (JsonNode page : client.pages("/api/v1/open/projects?size=1")) {
            paths(page, "", projectKeys);
        }
        Set<String> statisticsKeys = new TreeSet<>();
        paths(client.json("/api/v1/open/statistics"), "", statisticsKeys);

        assertThat(outside(projectKeys, PROJECT_KEYS)).isEmpty();
        assertThat(projectKeys).contains("projects[].benefits.titles[]", "links.next");
        assertThat(outside(statisticsKeys, STATISTICS_KEYS)).isEmpty();
        assertThat(statisticsKeys).contains("timePerStep[].medianDays");
    }

    @Test
    void theOcdsPackagesHoldOnlyTheDocumentedKeys() throws Exception {
        Set<String> packageKeys = new TreeSet<>();
        Set<String> releaseKeys = new TreeSet<>();
        for (JsonNode page : client.pages("/api/v1/open/ocds/release-package?size=1")) {
            split(page, packageKeys, releaseKeys);
        }
        for (var project : List.of(world.signed(), world.inDialogue())) {
            split(client.json("/api/v1/open/ocds/record-package?ocid=" + ocds.ocid(project)), packageKeys, releaseKeys);
        }

        assertThat(outside(packageKeys, PACKAGE_KEYS)).isEmpty();
        assertThat(packageKeys).contains("links.next", "records[].ocid");
        assertThat(outside(releaseKeys, RELEASE_KEYS)).isEmpty();
        assertThat(releaseKeys).contains("tender.procurementMethodDetails");
    }

    @Test
    void noOpenOutputHoldsAPersonsNameAnEmailAddressAQuestionOrAHiddenBenefit() throws Exception {
        List<String> outputs = new ArrayList<>();
        String projects = String.join(
                "\n",
                client.pages("/api/v1/open/projects?size=1000").stream()
                        .map(JsonNode::toString)
                        .toList());
        String packages = String.join(
                "\n",
                client.pages("/api/v1/open/ocds/release-package?size=1000").stream()
                        .map(JsonNode::toString)
                        .toList());
        outputs.add(projects);
        outputs.add(packages);
        outputs.add(client.text("/api/v1/open/statistics"));
        outputs.add(client.text("/open-data/projects.csv"));
        outputs.add(client.text("/open-data/statistics.csv"));
        outputs.add(client.text("/open-data"));
        for (var project : List.of(world.signed(), world.inDialogue())) {
            outputs.add(client.text("/api/v1/open/ocds/record-package?ocid=" + ocds.ocid(project)));
        }
        // The seeded world is really there, so a test that finds nothing has looked at the right data.
        assertThat(projects).contains(world.inDialogue().toString(), OpenDataFixtures.SHOWN_BENEFIT);
        assertThat(outputs.get(3)).contains("Dialogprosjekt i Personvernby kommune");

        for (String output : outputs) {
            for (String secret : world.secrets()) {
                assertThat(output).doesNotContainIgnoringCase(secret);
            }
        }
        for (var project : List.of(world.signed(), world.inDialogue())) {
            JsonNode json = client.project(project.toString());
            assertThat(EMAIL.matcher(json.toString()).find()).isFalse();
            JsonNode record = client.json("/api/v1/open/ocds/record-package?ocid=" + ocds.ocid(project));
            assertThat(EMAIL.matcher(record.toString()).find()).isFalse();
        }
        for (String line : outputs.get(3).split("\r\n")) {
            if (line.contains(world.signed().toString())
                    || line.contains(world.inDialogue().toString())) {
                assertThat(EMAIL.matcher(line).find()).isFalse();
            }
        }
    }

    /** The paths not allowed: neither listed nor an empty object or array whose keys are listed. */
    private static List<String> outside(Set<String> found, Set<String> allowed) {
        return found.stream()
                .filter(path ->
                        !allowed.contains(path) && allowed.stream().noneMatch(key -> key.startsWith(path + ".")))
                .toList();
    }

    /** A package's own keys in one set, its releases' keys (wherever they are) in the other. */
    private static void split(JsonNode pack, Set<String> packageKeys, Set<String> releaseKeys) {
        Set<String> all = new TreeSet<>();
        paths(pack, "", all);
        for (String path : all) {
            String release = releasePath(path);
            if (release != null) {
                releaseKeys.add(release);
            } else {
                packageKeys.add(path);
            }
        }
    }

    private static String releasePath(String path) {
        for (String prefix : List.of("releases[].", "records[].releases[].", "records[].compiledRelease.")) {
            if (path.startsWith(prefix)) {
                return path.substring(prefix.length());
            }
        }
        return null;
    }

    /** Every key path in the tree; an object or array that is empty or null still names its key. */
    static void paths(JsonNode node, String prefix, Set<String> out) {
        if (node.isObject()) {
            if (node.isEmpty() && !prefix.isEmpty()) {
                out.add(prefix);
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                paths(entry.getValue(), prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.add(prefix + "[]");
            }
            for (JsonNode element : node) {
                paths(element, prefix + "[]", out);
            }
        } else {
            out.add(prefix);
        }
    }
}
