package no.innomotor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The OCDS output against the standard's own JSON Schema and codelists, release 1.1.5 from ../shared/reference: every
 * page of the release package, and the record packages of a signed project and of one in market dialogue.
 */
@InnomotorTest
@Tag("shared-reference")
class OcdsSchemaTests {

    private static final Path OCDS = Path.of("../shared/reference/ocds-1.1.5");
    private static final String PUBLISHED = "https://standard.open-contracting.org/schema/1__1__5/";

    @Autowired
    MockMvc mvc;

    @Autowired
    OpenDataFixtures fixtures;

    @Autowired
    OcdsReleases ocds;

    OpenDataClient client;
    OpenDataFixtures.World world;
    SchemaRegistry schemas;

    @BeforeEach
    void world() {
        client = new OpenDataClient(mvc);
        world = fixtures.world("Skjemaby kommune");
        // The schemas name each other by their published addresses; read them from the reference copy instead.
        schemas = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_4, builder -> builder.schemas(OcdsSchemaTests::referenceCopy));
    }

    /** The schema text for a published address, or null for any other. */
    private static String referenceCopy(String iri) {
        if (!iri.startsWith(PUBLISHED)) {
            return null;
        }
        try {
            return Files.readString(OCDS.resolve(iri.substring(PUBLISHED.length())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Schema schema(String file) {
        return schemas.getSchema(SchemaLocation.of(PUBLISHED + file));
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    @Test
    void everyPageOfTheReleasePackageIsValidOcds() throws Exception {
        Schema schema = schema("release-package-schema.json");
        List<JsonNode> pages = client.pages("/api/v1/open/ocds/release-package?size=50");

        assertThat(pages).isNotEmpty();
        for (JsonNode page : pages) {
            assertThat(messages(schema.validate(page))).isEmpty();
        }
    }

    @Test
    void theSchemaRefusesAReleaseWithoutItsTagOrWithADateThatIsNone() throws Exception {
        Schema schema = schema("release-package-schema.json");
        JsonNode page = client.json("/api/v1/open/ocds/release-package?size=5");
        var broken = (tools.jackson.databind.node.ObjectNode) page.deepCopy();
        var release =
                (tools.jackson.databind.node.ObjectNode) broken.path("releases").get(0);
        release.remove("tag");
        release.put("date", "tomorrow");

        assertThat(messages(schema.validate(broken))).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void recordPackagesAreValidOcds() throws Exception {
        Schema schema = schema("record-package-schema.json");
        for (var project : List.of(world.signed(), world.inDialogue())) {
            JsonNode record = client.json("/api/v1/open/ocds/record-package?ocid=" + ocds.ocid(project));
            assertThat(messages(schema.validate(record))).isEmpty();
        }
    }

    @Test
    void codedValuesComeFromTheStandardsCodelists() throws Exception {
        List<JsonNode> releases = new ArrayList<>();
        for (JsonNode page : client.pages("/api/v1/open/ocds/release-package?size=1000")) {
            page.path("releases").forEach(releases::add);
        }
        JsonNode record = client.json("/api/v1/open/ocds/record-package?ocid=" + ocds.ocid(world.inDialogue()));
        releases.add(record.path("records").get(0).path("compiledRelease"));

        Set<String> tags = new HashSet<>();
        Set<String> methods = new HashSet<>();
        Set<String> roles = new HashSet<>();
        Set<String> categories = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        Set<String> milestoneTypes = new HashSet<>();
        Set<String> initiation = new HashSet<>();
        for (JsonNode release : releases) {
            release.path("tag").forEach(tag -> tags.add(tag.asString()));
            initiation.add(release.path("initiationType").asString());
            release.path("parties").forEach(party -> party.path("roles").forEach(role -> roles.add(role.asString())));
            JsonNode tender = release.path("tender");
            if (!tender.isMissingNode()) {
                methods.add(tender.path("procurementMethod").asString());
                categories.add(tender.path("mainProcurementCategory").asString());
                statuses.add(tender.path("status").asString());
                tender.path("milestones")
                        .forEach(m -> milestoneTypes.add(m.path("type").asString()));
            }
            release.path("planning")
                    .path("milestones")
                    .forEach(m -> milestoneTypes.add(m.path("type").asString()));
        }

        assertThat(tags).contains("planning", "tender", "compiled").isSubsetOf(codes("releaseTag.csv"));
        assertThat(initiation).isSubsetOf(codes("initiationType.csv"));
        assertThat(methods).contains("selective").isSubsetOf(codes("method.csv"));
        assertThat(roles).contains("buyer").isSubsetOf(codes("partyRole.csv"));
        assertThat(categories).contains("services").isSubsetOf(codes("procurementCategory.csv"));
        assertThat(statuses).contains("planning").isSubsetOf(codes("tenderStatus.csv"));
        assertThat(milestoneTypes).contains("approval", "engagement").isSubsetOf(codes("milestoneType.csv"));
    }

    /** The Code column of one of the standard's codelists. */
    private static Set<String> codes(String codelist) throws IOException {
        List<String> lines = Files.readAllLines(OCDS.resolve("codelists").resolve(codelist));
        return lines.stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(",", 2)[0].replace("\"", ""))
                .collect(Collectors.toSet());
    }
}
