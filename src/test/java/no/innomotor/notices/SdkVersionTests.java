package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.sdkExample;
import static no.innomotor.notices.NoticeFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each notice is checked against the XSD of the eForms SDK version its cbc:CustomizationID declares. The examples of
 * each version come from that version's artifact, unpacked into the test output by the build.
 */
class SdkVersionTests {

    private final EformsSchema schemas = new EformsSchema();
    private final NoticeXml xml = new NoticeXml(schemas);

    /** The example notices of one SDK version's artifact, in name order. */
    static List<Resource> examples(String minor) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:eforms-sdk/" + minor + "/examples/notices/*.xml");
            return Arrays.stream(found)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Resource resource) {
        return new String(NoticeFixtures.bytes(resource), StandardCharsets.UTF_8);
    }

    private static String declaring(String notice, String from, String to) {
        String relabelled = notice.replace(
                "<cbc:CustomizationID>eforms-sdk-" + from + "</cbc:CustomizationID>",
                "<cbc:CustomizationID>eforms-sdk-" + to + "</cbc:CustomizationID>");
        assertThat(relabelled).as("declares eforms-sdk-" + from).isNotEqualTo(notice);
        return relabelled;
    }

    private ImportOutcome rejection(String notice) {
        NoticeRejected rejected = catchThrowableOfType(NoticeRejected.class, () -> xml.read(utf8(notice)));
        assertThat(rejected).as("rejected").isNotNull();
        return rejected.toOutcome("test.xml");
    }

    @Test
    void theBuildCarriesTheSchemasOfTheVersionsInCirculation() throws Exception {
        assertThat(schemas.supportedVersions()).containsExactly("1.6", "1.7", "1.8", "1.9", "1.13");
        assertThat(schemas.currentVersion()).isEqualTo("1.13");
    }

    @Test
    void theVersionIsReadFromTheCustomizationIdAlsoInItsNorwegianForm() throws Exception {
        assertThat(EformsSchema.declaredVersion("eforms-sdk-1.7")).contains("1.7");
        assertThat(EformsSchema.declaredVersion(" eforms-sdk-1.13 ")).contains("1.13");
        assertThat(EformsSchema.declaredVersion("eforms-sdk-1.13#extended#urn:fdc:anskaffelser.no:2023:eforms:eu"))
                .contains("1.13");
        assertThat(EformsSchema.declaredVersion("eforms-sdk-${EFORMS_MINOR}#extended"))
                .isEmpty();
        assertThat(EformsSchema.declaredVersion("ubl-2.3")).isEmpty();
        assertThat(EformsSchema.declaredVersion(null)).isEmpty();
    }

    @Test
    void everyExampleOfEveryVersionIsValidAgainstItsOwnVersionsSchema() throws Exception {
        for (String minor : schemas.supportedVersions()) {
            List<Resource> examples = examples(minor);
            assertThat(examples).as("examples of " + minor).hasSizeGreaterThan(60);
            for (Resource example : examples) {
                String notice = text(example);
                if (notice.contains("<cbc:CustomizationID>eforms-sdk-" + minor + "<")) {
                    assertThat(xml.read(utf8(notice)).getDocumentElement())
                            .as(minor + " " + example.getFilename())
                            .isNotNull();
                } else {
                    assertThat(rejection(notice).reason())
                            .as(minor + " " + example.getFilename())
                            .isEqualTo(ImportOutcome.Reason.SDK_VERSION_MISSING);
                }
            }
        }
    }

    @Test
    void anSdk17NoticeThatTheSdk113SchemaRefusesIsAcceptedAsTheVersionItDeclares() throws Exception {
        List<String> refusedBy113 = new ArrayList<>();
        for (Resource example : examples("1.7")) {
            String notice = text(example);
            if (!notice.contains("<cbc:CustomizationID>eforms-sdk-1.7<")) {
                continue;
            }
            assertThat(xml.read(utf8(notice))).as(example.getFilename()).isNotNull();
            ImportOutcome as113 = rejectionOrNull(declaring(notice, "1.7", "1.13"));
            if (as113 != null) {
                assertThat(as113.reason()).isEqualTo(ImportOutcome.Reason.INVALID);
                refusedBy113.add(example.getFilename());
            }
        }
        assertThat(refusedBy113).as("1.7 notices the 1.13 schema refuses").isNotEmpty();
    }

    private ImportOutcome rejectionOrNull(String notice) {
        try {
            xml.read(utf8(notice));
            return null;
        } catch (NoticeRejected rejected) {
            return rejected.toOutcome("test.xml");
        }
    }

    @Test
    void anSdk113NoticeIsStillAccepted() throws Exception {
        assertThat(xml.read(utf8(sdkExample("cn_24_maximal.xml")))).isNotNull();
    }

    @Test
    void aNoticeInvalidAgainstItsOwnVersionIsRejectedWhereTheProblemIs() throws Exception {
        // E6 (contract modification) changed after 1.7: as a 1.7 notice it breaks the 1.7 schema inside the
        // extensions, which come before the CustomizationID: the position is still the element's own.
        String e6 = sdkExample("E6_minimal.xml");
        ImportOutcome outcome = rejection(declaring(e6, "1.13", "1.7"));

        assertThat(outcome.reason()).isEqualTo(ImportOutcome.Reason.INVALID);
        assertThat(outcome.line()).isEqualTo(lineOf(e6, "<efbc:ModifiedContractIdentifier"));
        assertThat(outcome.element()).endsWith("/efac:ContractModification/efbc:ModifiedContractIdentifier");

        String sdk17 = text(examples("1.7").stream()
                        .filter(r -> r.getFilename().equals("cn_24_minimal.xml"))
                        .findFirst()
                        .orElseThrow())
                .replace("<cbc:ContractFolderID>", "<cbc:Colour>blue</cbc:Colour><cbc:ContractFolderID>");
        ImportOutcome colour = rejection(sdk17);
        assertThat(colour.reason()).isEqualTo(ImportOutcome.Reason.INVALID);
        assertThat(colour.element()).isEqualTo("/ContractNotice/cbc:Colour");
        assertThat(colour.line()).isEqualTo(lineOf(sdk17, "<cbc:Colour>"));
    }

    @Test
    void aVersionThisBuildDoesNotCarryIsRejectedAtTheCustomizationId() throws Exception {
        for (String version : List.of("0.9", "9.9", "1.2")) {
            String notice = declaring(sdkExample("cn_24_minimal.xml"), "1.13", version);

            ImportOutcome outcome = rejection(notice);

            assertThat(outcome.reason()).as(version).isEqualTo(ImportOutcome.Reason.SDK_VERSION_UNSUPPORTED);
            assertThat(outcome.element()).isEqualTo("/ContractNotice/cbc:CustomizationID");
            assertThat(outcome.line()).isEqualTo(lineOf(notice, "<cbc:CustomizationID>"));
            assertThat(outcome.detail())
                    .contains("eforms-sdk-" + version)
                    .contains("supported: eforms-sdk-1.6, eforms-sdk-1.7", "eforms-sdk-1.13");
            assertThat(outcome.describe()).contains("the notice's eForms SDK version is not supported");
        }
        String template = sdkExample("cn_24_minimal.xml")
                .replace(
                        "eforms-sdk-1.13<",
                        "eforms-sdk-${EFORMS_MINOR}#extended#urn:fdc:anskaffelser.no:2023:eforms:eu<");
        assertThat(rejection(template).reason()).isEqualTo(ImportOutcome.Reason.SDK_VERSION_UNSUPPORTED);
    }

    @Test
    void aVersionBetweenCarriedOnesWithoutItsOwnSchemaIsCheckedAgainstTheNextNewerOne() throws Exception {
        // 1.10 to 1.12 are in circulation but not served to this build: the 1.13 schema stands in for them.
        assertThat(schemas.standIn("1.10")).contains("1.13");
        assertThat(schemas.standIn("1.12")).contains("1.13");
        assertThat(schemas.standIn("1.7")).isEmpty();
        assertThat(schemas.standIn("1.2")).as("older than any carried").isEmpty();
        assertThat(schemas.standIn("1.14")).as("newer than any carried").isEmpty();
        assertThat(schemas.standIn("2.0")).isEmpty();

        String valid = declaring(sdkExample("cn_24_minimal.xml"), "1.13", "1.11");
        assertThat(rejectionOrNull(valid)).as("a valid notice declaring 1.11").isNull();
        String invalid = valid.replace("<cbc:ContractFolderID>", "<cbc:Colour>blue</cbc:Colour><cbc:ContractFolderID>");
        assertThat(rejection(invalid).reason()).isEqualTo(ImportOutcome.Reason.INVALID);
    }

    @Test
    void aNoticeWithoutCustomizationIdIsRejectedForIt() throws Exception {
        String without =
                sdkExample("cn_24_minimal.xml").replaceFirst("<cbc:CustomizationID>[^<]*</cbc:CustomizationID>", "");
        assertThat(rejection(without).reason()).isEqualTo(ImportOutcome.Reason.SDK_VERSION_MISSING);
        String empty = sdkExample("cn_24_minimal.xml")
                .replaceFirst("<cbc:CustomizationID>[^<]*</cbc:CustomizationID>", "<cbc:CustomizationID/>");
        assertThat(rejection(empty).reason()).isEqualTo(ImportOutcome.Reason.SDK_VERSION_MISSING);
    }

    @Test
    void aVersionIsCompiledOnlyWhenANoticeNeedsItAndThenKept() throws Exception {
        EformsSchema fresh = new EformsSchema();
        assertThat(fresh.compiledVersions()).isEmpty();

        new NoticeXml(fresh)
                .read(utf8(text(examples("1.8").stream()
                        .filter(r -> r.getFilename().equals("cn_24_minimal.xml"))
                        .findFirst()
                        .orElseThrow())));

        assertThat(fresh.compiledVersions()).containsExactly("1.8");
        assertThat(fresh.forVersion("1.8").orElseThrow())
                .isSameAs(fresh.forVersion("1.8").orElseThrow());
        assertThat(fresh.forVersion("9.9")).isEmpty();
        assertThat(fresh.compiledVersions()).containsExactly("1.8");
    }

    private static int lineOf(String xml, String marker) {
        String before = xml.substring(0, xml.indexOf(marker));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
