package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.utf8;
import static no.innomotor.notices.NoticeFixtures.withFreshId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Norwegian eForms SDK's test notices beside the repository. As stored they are templates: the SDK's test
 * runner fills in the issue date, time and SDK minor version, so as files 28 of them declare no SDK version that
 * exists and one is XSD-invalid at its issue date; the unit/ files are test sets, not notices. Filled in the way the
 * runner does, every notice is XSD-valid and imports — the {@code INVALID-} ones break Schematron rules only.
 */
@Tag("shared-reference")
@InnomotorTest
class NorwegianSdkNoticeTests {

    static final Path TESTS = Path.of("../shared/reference/eforms-sdk-nor/tests");

    @Autowired
    NoticesManagement notices;

    static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(TESTS)) {
            return walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    static String filled(String template) {
        return template.replace("${ISSUEDATE}", "2026-01-15+01:00")
                .replace("${ISSUETIME}", "10:00:00+01:00")
                .replace("${EFORMS_MINOR}", "1.13");
    }

    @Test
    void asStoredTheTemplatesAreRejectedAtTheirSdkVersionOrIssueDateAndTheTestSetsAreNotNotices() throws IOException {
        List<Path> files = files();
        assertThat(files).hasSize(33);
        int templates = 0;
        int withoutVersion = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            ImportOutcome outcome = notices.importNotice(file.toString(), utf8(text), null);
            assertThat(outcome.rejected()).as(file.toString()).isTrue();
            if (file.getParent().getFileName().toString().equals("unit")) {
                assertThat(outcome.reason()).as(file.toString()).isEqualTo(ImportOutcome.Reason.NOT_EFORMS);
                assertThat(outcome.element()).isEqualTo("testSet");
            } else if (text.contains("eforms-sdk-${EFORMS_MINOR}")) {
                // The SDK version is a placeholder too, and the notice's schema is chosen by it.
                templates++;
                withoutVersion++;
                assertThat(outcome.reason())
                        .as(file.toString())
                        .isEqualTo(ImportOutcome.Reason.SDK_VERSION_UNSUPPORTED);
                assertThat(outcome.element()).as(file.toString()).endsWith("/cbc:CustomizationID");
                assertThat(outcome.detail()).contains("${EFORMS_MINOR}");
                assertThat(outcome.line()).isEqualTo(lineOf(text, "<cbc:CustomizationID>"));
            } else {
                templates++;
                assertThat(outcome.reason()).as(file.toString()).isEqualTo(ImportOutcome.Reason.INVALID);
                assertThat(outcome.element()).as(file.toString()).endsWith("/cbc:IssueDate");
                assertThat(outcome.detail()).contains("${ISSUEDATE}");
                assertThat(outcome.line()).isEqualTo(lineOf(text, "<cbc:IssueDate>${ISSUEDATE}"));
            }
        }
        assertThat(templates).isEqualTo(29);
        assertThat(withoutVersion).isEqualTo(28);
    }

    @Test
    void filledInEveryNoticeImportsIncludingTheSchematronInvalidOnes() throws IOException {
        int imported = 0;
        for (Path file : files()) {
            if (file.getParent().getFileName().toString().equals("unit")) {
                continue;
            }
            ImportOutcome outcome = notices.importNotice(
                    file.getFileName().toString(), utf8(withFreshId(filled(Files.readString(file)))), null);
            assertThat(outcome.status()).as(outcome.describe()).isEqualTo(ImportOutcome.Status.IMPORTED);
            assertThat(notices.find(outcome.opportunity()).orElseThrow().titles())
                    .as(file.toString())
                    .isNotEmpty();
            imported++;
        }
        assertThat(imported).isEqualTo(29);
    }

    @Test
    void aNationalContractNoticeE3HandChecked() throws IOException {
        String xml = filled(Files.readString(TESTS.resolve("national-e/VALID-national-e3-nor-env.xml")));
        ImportOutcome outcome = notices.importNotice("e3.xml", utf8(withFreshId(xml)), null);
        Opportunity e3 = notices.find(outcome.opportunity()).orElseThrow();

        assertThat(e3.kind()).isEqualTo(NoticeKind.COMPETITION);
        assertThat(e3.subtype()).isEqualTo("E3");
        assertThat(e3.titles()).containsOnlyKeys("NOR").containsEntry("NOR", "Bellow EEA 1");
        assertThat(e3.title(java.util.Locale.forLanguageTag("nb"))).isEqualTo(new LocalizedText("Bellow EEA 1", "no"));
        // 911937491 fails the modulus-11 check, so it is kept as the company id but not as an organisation number.
        assertThat(e3.buyers())
                .containsExactly(new Opportunity.Buyer(
                        "Nedgang Invest Capital Management Holdings Global Limited A/S", "911937491", null));
        assertThat(e3.cpvCodes())
                .containsExactly(CpvCode.of("16000000"), CpvCode.of("15000000"), CpvCode.of("14000000"));
        assertThat(e3.nutsCodes()).containsExactly(NutsCode.of("NO081"));
        assertThat(e3.estimatedValue()).isEqualTo(Money.nok(2323));
        assertThat(e3.procedureType()).isEqualTo("open");
        assertThat(e3.deadline()).isEqualTo(Instant.parse("2026-07-06T10:00:00Z"));
        assertThat(e3.strategicInnovation()).isFalse();
    }

    @Test
    void aNorwegianBuyersOrganisationNumberAndProcurementOfInnovationHandChecked() throws IOException {
        String cn = filled(Files.readString(TESTS.resolve("eu/test/cn_24.xml")));
        Opportunity notice = notices.find(notices.importNotice("cn.xml", utf8(withFreshId(cn)), null)
                        .opportunity())
                .orElseThrow();
        assertThat(notice.buyer().orgNumber()).isEqualTo("964967369");

        String can = filled(Files.readString(TESTS.resolve("national/test/can_24_maximal_national.xml")));
        Opportunity award = notices.find(notices.importNotice("can.xml", utf8(withFreshId(can)), null)
                        .opportunity())
                .orElseThrow();
        assertThat(award.kind()).isEqualTo(NoticeKind.RESULT);
        assertThat(award.innovativeAcquisition()).containsExactly("proc-innov");
        assertThat(award.innovative()).isTrue();
    }

    private static int lineOf(String text, String marker) {
        return (int) text.substring(0, text.indexOf(marker))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }
}
