package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.sdkExample;
import static no.innomotor.notices.NoticeFixtures.utf8;
import static no.innomotor.notices.NoticeFixtures.withFreshId;
import static no.innomotor.notices.NoticeFixtures.withVersion;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.innomotor.audit.AuditManagement;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;

/** Importing notices: what is stored from each, once, kept current by newer versions and change notices. */
@InnomotorTest
class NoticeImportTests {

    /** The SDK's examples without a notice identifier: schematron-invalid drafts, which the XSD does not catch. */
    static final Set<String> WITHOUT_NOTICE_ID = Set.of(
            "INVALID_can_24_empty.xml",
            "INVALID_can_24_stage-1.xml",
            "INVALID_can_24_stage-2.xml",
            "INVALID_cn_24_empty.xml",
            "INVALID_cn_24_stage-1.xml",
            "INVALID_cn_24_stage-2.xml",
            "INVALID_pin-buyer_24_stage-1.xml",
            "INVALID_pin-only_24_empty.xml",
            "INVALID_pin-only_24_minimal.xml",
            "INVALID_pin-only_24_stage-1.xml");

    /** Most of those drafts do not declare their SDK version either, and are rejected for that first. */
    static final Set<String> WITHOUT_SDK_VERSION = Set.of(
            "INVALID_can_24_empty.xml",
            "INVALID_can_24_stage-1.xml",
            "INVALID_cn_24_empty.xml",
            "INVALID_cn_24_stage-1.xml",
            "INVALID_pin-buyer_24_stage-1.xml",
            "INVALID_pin-only_24_empty.xml",
            "INVALID_pin-only_24_minimal.xml",
            "INVALID_pin-only_24_stage-1.xml");

    @Autowired
    NoticesManagement notices;

    @Autowired
    AuditManagement audit;

    private Opportunity importFresh(String example) {
        return importXml(withFreshId(sdkExample(example)));
    }

    private Opportunity importXml(String xml) {
        ImportOutcome outcome = notices.importNotice("test.xml", utf8(xml), null);
        assertThat(outcome.status()).as(outcome.describe()).isEqualTo(ImportOutcome.Status.IMPORTED);
        return notices.find(outcome.opportunity()).orElseThrow();
    }

    @Test
    void importsEveryExampleNoticeOfTheSdk() {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Resource example : NoticeFixtures.sdkExamples()) {
            outcomes.add(notices.importNotice(example.getFilename(), NoticeFixtures.bytes(example), null));
        }

        assertThat(outcomes).hasSize(92);
        for (ImportOutcome outcome : outcomes) {
            if (WITHOUT_SDK_VERSION.contains(outcome.source())) {
                assertThat(outcome.reason()).as(outcome.source()).isEqualTo(ImportOutcome.Reason.SDK_VERSION_MISSING);
            } else if (WITHOUT_NOTICE_ID.contains(outcome.source())) {
                assertThat(outcome.reason()).as(outcome.source()).isEqualTo(ImportOutcome.Reason.NO_NOTICE_ID);
            } else if (outcome.source().startsWith("X0")) {
                assertThat(outcome.reason()).as(outcome.source()).isEqualTo(ImportOutcome.Reason.NOT_PROCUREMENT);
            } else {
                assertThat(outcome.rejected()).as(outcome.describe()).isFalse();
                Opportunity stored = notices.find(outcome.opportunity()).orElseThrow();
                assertThat(stored.titles()).as(outcome.source()).isNotEmpty();
                assertThat(stored.kind()).as(outcome.source()).isNotNull();
            }
        }
    }

    @Test
    void aContractNoticeKeepsWhatItAnnouncesHandChecked() {
        Opportunity cn = importFresh("cn_24_minimal.xml");

        assertThat(cn.kind()).isEqualTo(NoticeKind.COMPETITION);
        assertThat(cn.noticeType()).isEqualTo("cn-standard");
        assertThat(cn.subtype()).isEqualTo("16");
        assertThat(cn.noticeVersion()).isEqualTo("01");
        assertThat(cn.publishedOn()).isEqualTo(LocalDate.of(2019, 11, 21));
        assertThat(cn.buyers())
                .containsExactly(new Opportunity.Buyer("Publications Office of the European Union", "EU-PO", null));
        assertThat(cn.titles())
                .containsOnlyKeys("ENG")
                .containsEntry(
                        "ENG",
                        "Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)");
        assertThat(cn.descriptions().get("ENG")).startsWith("Provision of IT services related to the information");
        assertThat(cn.cpvCodes()).containsExactly(CpvCode.of("72230000"));
        assertThat(cn.cpvScope())
                .containsExactlyInAnyOrder(CpvCode.of("72000000"), CpvCode.of("72200000"), CpvCode.of("72230000"));
        assertThat(cn.nutsCodes()).containsExactly(NutsCode.of("FRD22"));
        assertThat(cn.procedureType()).isEqualTo("open");
        assertThat(cn.contractNature()).isEqualTo("services");
        assertThat(cn.lots()).extracting(Opportunity.Lot::lotId).containsExactly("LOT-0000");
        assertThat(cn.deadline()).isEqualTo(Instant.parse("2020-02-04T08:00:00Z"));
        assertThat(cn.estimatedValue()).isNull();
        assertThat(cn.innovative()).isFalse();
        assertThat(cn.sourceUrl()).isNull();
        assertThat(cn.title(Locale.forLanguageTag("nb")))
                .isEqualTo(new LocalizedText(cn.titles().get("ENG"), "en"));
    }

    @Test
    void aMaximalContractNoticeKeepsLotsValuesDeadlinesAndInnovationHandChecked() {
        Opportunity cn = importFresh("cn_24_maximal.xml");

        assertThat(cn.noticeVersion()).isEqualTo("03");
        assertThat(cn.procedureType()).isEqualTo("neg-w-call");
        assertThat(cn.cpvCodes())
                .containsExactly(CpvCode.of("79710000"), CpvCode.of("75121000"), CpvCode.of("79720000"));
        assertThat(cn.lots()).extracting(Opportunity.Lot::lotId).containsExactly("LOT-0001", "LOT-0002");
        assertThat(cn.lots()).extracting(Opportunity.Lot::deadline).containsOnly(Instant.parse("2023-05-22T19:59:32Z"));
        assertThat(cn.deadline()).isEqualTo(Instant.parse("2023-05-22T19:59:32Z"));
        assertThat(cn.estimatedValue()).isEqualTo(Money.of(new BigDecimal("9999999.99"), "EUR"));
        assertThat(cn.lots())
                .extracting(Opportunity.Lot::estimatedValue)
                .containsOnly(Money.of(new BigDecimal("9999999.99"), "EUR"));
        assertThat(cn.innovativeAcquisition()).containsExactly("proc-innov");
        assertThat(cn.strategicInnovation()).isFalse();
        assertThat(cn.innovative()).isTrue();
        assertThat(cn.buyer().name()).isEqualTo("Financial Adinistration for ...");
    }

    @Test
    void anAmountInACurrencyThatIsNoIso4217CodeIsLeftOutAndTheNoticeKept() {
        String xml = withFreshId(sdkExample("cn_24_maximal.xml")).replace("currencyID=\"EUR\"", "currencyID=\"XYZ\"");

        Opportunity cn = importXml(xml);

        assertThat(cn.estimatedValue()).isNull();
        assertThat(cn.lots())
                .hasSize(2)
                .extracting(Opportunity.Lot::estimatedValue)
                .containsOnly((Money) null);
        assertThat(cn.cpvCodes())
                .containsExactly(CpvCode.of("79710000"), CpvCode.of("75121000"), CpvCode.of("79720000"));
        assertThat(cn.deadline()).isEqualTo(Instant.parse("2023-05-22T19:59:32Z"));
    }

    @Test
    void withoutANoticeValueTheLotsValuesInOneCurrencyAreAddedUp() {
        String xml = withFreshId(sdkExample("cn_24_maximal.xml"))
                .replaceFirst(
                        "<cbc:EstimatedOverallContractAmount currencyID=\"EUR\">9999999.99</cbc:EstimatedOverallContractAmount>",
                        "");

        Opportunity cn = importXml(xml);

        assertThat(cn.estimatedValue()).isEqualTo(Money.of(new BigDecimal("19999999.98"), "EUR"));
    }

    @Test
    void strategicProcurementOfInnovationIsTheInnovationFlag() {
        Opportunity cn = importXml(NoticeFixtures.innovative(withFreshId(sdkExample("cn_24_minimal.xml"))));

        assertThat(cn.strategicInnovation()).isTrue();
        assertThat(cn.innovativeAcquisition()).isEmpty();
        assertThat(cn.innovative()).isTrue();
    }

    @Test
    void anAwardNoticeHandChecked() {
        Opportunity can = importFresh("can_24_minimal.xml");

        assertThat(can.kind()).isEqualTo(NoticeKind.RESULT);
        assertThat(can.subtype()).isEqualTo("29");
        assertThat(can.buyers()).containsExactly(new Opportunity.Buyer("Rouen Habitat", "123 456 789", null));
        assertThat(can.titles()).containsOnlyKeys("FRA");
        assertThat(can.title(Locale.ENGLISH))
                .isEqualTo(new LocalizedText(
                        "Service d'entretien de remise en état et de nettoyage des espaces verts", "fr"));
        assertThat(can.cpvCodes()).containsExactly(CpvCode.of("77310000"));
        assertThat(can.lots()).containsExactly(new Opportunity.Lot("LOT-0000", "Agence centre", "fr", null, null));
        assertThat(can.deadline()).isNull();
    }

    @Test
    void aPriorInformationNoticeWithPartsAndValueHandChecked() {
        Opportunity pin = importFresh("pin-only_24.xml");

        assertThat(pin.kind()).isEqualTo(NoticeKind.PLANNING);
        assertThat(pin.subtype()).isEqualTo("4");
        assertThat(pin.estimatedValue()).isEqualTo(Money.of(new BigDecimal("100000"), "EUR"));
        assertThat(pin.cpvCodes()).containsExactly(CpvCode.of("72000000"), CpvCode.of("50000000"));
        assertThat(pin.nutsCodes()).containsExactly(NutsCode.of("DE123"));
        assertThat(pin.lots()).extracting(Opportunity.Lot::lotId).containsExactly("PAR-0000");
        assertThat(pin.buyer()).isEqualTo(new Opportunity.Buyer("PartyName1234", "PartyLegalEntityCID1234", null));
    }

    @Test
    void aVoluntaryTransparencyNoticeAndNationalNoticesHaveTheirKinds() {
        assertThat(importFresh("veat_24.xml")).satisfies(veat -> {
            assertThat(veat.kind()).isEqualTo(NoticeKind.DIRECT_AWARD);
            assertThat(veat.subtype()).isEqualTo("25");
            assertThat(veat.titles().get("ENG"))
                    .isEqualTo("Supply of Profiling Beds with Accessories, Pressure Relieving Mattresses and Cushions");
        });
        assertThat(importFresh("E2_minimal.xml")).satisfies(e2 -> {
            assertThat(e2.kind()).isEqualTo(NoticeKind.PLANNING);
            assertThat(e2.subtype()).isEqualTo("E2");
            assertThat(e2.cpvCodes()).containsExactly(CpvCode.of("72000000"));
        });
        assertThat(importFresh("E3_minimal.xml")).satisfies(e3 -> {
            assertThat(e3.kind()).isEqualTo(NoticeKind.COMPETITION);
            assertThat(e3.subtype()).isEqualTo("E3");
            assertThat(e3.nutsCodes()).containsExactly(NutsCode.of("LU000"));
            assertThat(e3.buyer().name()).isEqualTo("Buyer Org");
        });
        assertThat(importFresh("E4_minimal.xml")).satisfies(e4 -> {
            assertThat(e4.kind()).isEqualTo(NoticeKind.RESULT);
            assertThat(e4.subtype()).isEqualTo("E4");
            assertThat(e4.buyer().name()).isEqualTo("Rouen Habitat");
        });
    }

    @Test
    void aMultilingualNoticeKeepsEveryLanguageAndShowsTheReadersWhereItCan() {
        Opportunity cn = importFresh("cn_24_multilingual.xml");

        assertThat(cn.titles()).hasSize(24).containsKeys("ENG", "DAN", "SWE", "FRA");
        assertThat(cn.title(Locale.ENGLISH).language()).isEqualTo("en");
        assertThat(cn.title(Locale.forLanguageTag("nb")).language()).isEqualTo("da");
        assertThat(cn.title(Locale.forLanguageTag("nb")).text())
                .isEqualTo(cn.titles().get("DAN"));
    }

    @Test
    void aNorwegianBuyersOrganisationNumberIsKept() {
        String xml = withFreshId(sdkExample("cn_24_minimal.xml"))
                .replace("<cbc:CompanyID>EU-PO</cbc:CompanyID>", "<cbc:CompanyID>974 760 673</cbc:CompanyID>")
                .replaceFirst(
                        "<cbc:IdentificationCode listName=\"country\">LUX</cbc:IdentificationCode>",
                        "<cbc:IdentificationCode listName=\"country\">NOR</cbc:IdentificationCode>");

        assertThat(importXml(xml).buyer())
                .isEqualTo(
                        new Opportunity.Buyer("Publications Office of the European Union", "974 760 673", "974760673"));
    }

    @Test
    void aPublishedNoticeLinksToTed() {
        Opportunity published = importFresh("pin-buyer_24_published.xml");

        assertThat(published.sourceUrl()).isEqualTo("https://ted.europa.eu/en/notice/-/detail/12345678-2025");
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2025, 5, 22));
    }

    @Test
    void theSameNoticeIsStoredOnceAndANewerVersionUpdatesIt() {
        String xml = withFreshId(sdkExample("cn_24_minimal.xml"));
        ImportOutcome first = notices.importNotice("a.xml", utf8(xml), null);
        ImportOutcome again = notices.importNotice("b.xml", utf8(xml), null);

        assertThat(first.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(again.status()).isEqualTo(ImportOutcome.Status.SKIPPED);
        assertThat(again.reason()).isEqualTo(ImportOutcome.Reason.ALREADY_IMPORTED);
        assertThat(again.opportunity()).isEqualTo(first.opportunity());

        String newer = withVersion(xml, "02")
                .replace("Search Layer, and Others)</cbc:Name>", "Search Layer, and Others) – corrected</cbc:Name>");
        ImportOutcome updated = notices.importNotice("c.xml", utf8(newer), null);
        ImportOutcome older = notices.importNotice("a.xml", utf8(xml), null);

        assertThat(updated.status()).isEqualTo(ImportOutcome.Status.UPDATED);
        assertThat(updated.opportunity()).isEqualTo(first.opportunity());
        assertThat(older.reason()).isEqualTo(ImportOutcome.Reason.NEWER_STORED);
        Opportunity stored = notices.find(first.opportunity()).orElseThrow();
        assertThat(stored.noticeVersion()).isEqualTo("02");
        assertThat(stored.titles().get("ENG")).endsWith("– corrected");
        // The suppliers module's alert record joins the timeline after the import commits, at a moment of its own.
        assertThat(audit.timeline("opportunity", first.opportunity().toString()))
                .extracting(entry -> entry.action())
                .filteredOn(action -> !action.equals("opportunity.suppliers-alerted"))
                .containsExactly("opportunity.imported", "opportunity.updated");
    }

    @Test
    void aChangeNoticeUpdatesTheNoticeItChanges() {
        String original = withFreshId(sdkExample("cn_24_minimal.xml"));
        String originalId = NoticeFixtures.noticeId(original);
        String change = withFreshId(sdkExample("change-cn_24_void.xml"))
                .replace("f42be27e-09cf-4f0e-a745-63ec689631e6-01", originalId + "-01");

        ImportOutcome first = notices.importNotice("cn.xml", utf8(original), null);
        ImportOutcome changed = notices.importNotice("change.xml", utf8(change), null);
        ImportOutcome originalAgain = notices.importNotice("cn.xml", utf8(original), null);

        assertThat(changed.status()).isEqualTo(ImportOutcome.Status.UPDATED);
        assertThat(changed.opportunity()).isEqualTo(first.opportunity());
        assertThat(originalAgain.reason()).isEqualTo(ImportOutcome.Reason.NEWER_STORED);
        Opportunity stored = notices.find(first.opportunity()).orElseThrow();
        assertThat(stored.noticeId()).isEqualTo(originalId);
        assertThat(stored.changedByNoticeId()).isEqualTo(NoticeFixtures.noticeId(change));
        assertThat(stored.cancelled()).isTrue();
        assertThat(stored.open(Instant.parse("2020-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void aChangeNoticeImportedBeforeItsOriginalKeepsTheOriginalOut() {
        String original = withFreshId(sdkExample("cn_24_open.xml"));
        String change = withFreshId(sdkExample("change-cn_24_open_dates.xml"))
                .replace("c4c415ee-ac08-4465-8fa6-57568cf69462-01", NoticeFixtures.noticeId(original) + "-01");

        ImportOutcome changeFirst = notices.importNotice("change.xml", utf8(change), null);
        ImportOutcome originalLater = notices.importNotice("cn.xml", utf8(original), null);

        assertThat(changeFirst.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(originalLater.status()).isEqualTo(ImportOutcome.Status.SKIPPED);
        assertThat(originalLater.reason()).isEqualTo(ImportOutcome.Reason.NEWER_STORED);
        assertThat(originalLater.opportunity()).isEqualTo(changeFirst.opportunity());
    }

    @Test
    void aRejectedFileStoresNothing() {
        long before = notices.count();
        String invalid = withFreshId(sdkExample("cn_24_minimal.xml"))
                .replace("<cbc:ContractFolderID>", "<cbc:Colour>blue</cbc:Colour><cbc:ContractFolderID>");

        ImportOutcome outcome = notices.importNotice("invalid.xml", utf8(invalid), null);

        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.opportunity()).isNull();
        assertThat(notices.count()).isEqualTo(before);
    }

    @Test
    void aFolderWithGoodAndBadFilesImportsTheGoodOnesAndReportsTheBadOnes(@TempDir Path folder) throws IOException {
        String good = withFreshId(sdkExample("cn_24_minimal.xml"));
        Files.writeString(folder.resolve("1-good.xml"), good);
        Files.writeString(folder.resolve("2-truncated.xml"), good.substring(0, 500));
        Files.createDirectories(folder.resolve("more"));
        Files.writeString(folder.resolve("more/3-also-good.xml"), withFreshId(sdkExample("pin-only_24.xml")));
        Files.writeString(folder.resolve("4-empty.xml"), "");
        Files.writeString(folder.resolve("notes.txt"), "not a notice, not read");
        Path missing = folder.resolve("missing-" + UUID.randomUUID() + ".xml");
        List<ImportOutcome> reported = new ArrayList<>();

        ImportSummary summary = notices.importPaths(List.of(folder, missing), null, reported::add);

        assertThat(reported).isEqualTo(summary.outcomes());
        assertThat(summary.outcomes())
                .extracting(o -> Path.of(o.source()).getFileName().toString())
                .containsExactly(
                        "1-good.xml",
                        "2-truncated.xml",
                        "4-empty.xml",
                        "3-also-good.xml",
                        missing.getFileName().toString());
        assertThat(summary.outcomes())
                .extracting(ImportOutcome::reason)
                .containsExactly(
                        null,
                        ImportOutcome.Reason.MALFORMED,
                        ImportOutcome.Reason.EMPTY,
                        null,
                        ImportOutcome.Reason.UNREADABLE);
        assertThat(summary.closingLine()).isEqualTo("imported 2, skipped 0, rejected 3");
    }
}
