package no.innomotor.notices.export;

import static no.innomotor.notices.MarketConsultationNoticeType.PRE_MARKET_CONSULTATION;
import static no.innomotor.notices.MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY;
import static no.innomotor.notices.export.MarketConsultationFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import no.innomotor.notices.EformsSchema;
import no.innomotor.notices.MarketConsultationCheck;
import no.innomotor.notices.MarketConsultationData;
import no.innomotor.notices.MarketConsultationExporter;
import no.innomotor.notices.MarketConsultationIncomplete;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNotice;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.notices.MarketConsultationText;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.NutsCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What the exported XML says, and that an export is whole and valid or does not happen. */
@SpringJUnitConfig(ExportTestConfiguration.class)
class MarketConsultationExporterTests {

    @Autowired
    MarketConsultationExporter exporter;

    @Autowired
    MarketConsultationCheck check;

    @Autowired
    NoticeSchema schema;

    @Autowired
    SdkFacts sdk;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    private final MarketConsultationData complete = MarketConsultationFixtures.complete(TODAY);

    @Test
    void priorInformationNoticeIsSubtype4ForInformationOnlyWithDoffinsEuCustomisation() throws Exception {
        Document xml = parse(exporter.export(complete, PRIOR_INFORMATION_ONLY));

        assertThat(value(xml, "//efac:NoticeSubType/cbc:SubTypeCode[@listName='notice-subtype']"))
                .isEqualTo("4");
        assertThat(value(xml, "/*/cbc:NoticeTypeCode[@listName='planning']")).isEqualTo("pin-only");
        assertThat(value(xml, "/*/cbc:CustomizationID"))
                .isEqualTo("eforms-sdk-1.13#extended#urn:fdc:anskaffelser.no:2023:eforms:eu");
        assertThat(value(xml, "/*/cbc:RegulatoryDomain")).isEqualTo("32014L0024");
        assertThat(value(xml, "/*/cbc:PlannedDate")).isEqualTo("2027-03-27+01:00");
        assertThat(value(xml, "/*/cac:ProcurementProjectLot/cbc:ID[@schemeName='Part']"))
                .isEqualTo("PAR-0000");
        assertThat(value(
                        xml,
                        "/*/cac:ProcurementProjectLot/cac:TenderingTerms/cac:AppealTerms"
                                + "/cac:AppealReceiverParty/cac:PartyIdentification/cbc:ID"))
                .isEqualTo("ORG-0002");
        assertThat(values(xml, "//cac:TenderRecipientParty | //efac:AnswerReceptionPeriod"))
                .isEmpty();
    }

    @Test
    void preMarketConsultationNoticeIsE1WithWhereHowAndByWhenSuppliersAnswer() throws Exception {
        Document xml = parse(exporter.export(complete, PRE_MARKET_CONSULTATION));

        assertThat(value(xml, "//efac:NoticeSubType/cbc:SubTypeCode")).isEqualTo("E1");
        assertThat(value(xml, "/*/cbc:NoticeTypeCode[@listName='consultation']"))
                .isEqualTo("pmc");
        assertThat(value(xml, "/*/cbc:CustomizationID"))
                .isEqualTo("eforms-sdk-1.13#extended#urn:fdc:anskaffelser.no:2023:eforms:eu");
        assertThat(value(xml, "/*/cbc:RegulatoryDomain")).isEqualTo("other");
        assertThat(values(xml, "/*/cbc:PlannedDate")).isEmpty();
        String lot = "/*/cac:ProcurementProjectLot";
        assertThat(value(xml, lot + "/cbc:ID[@schemeName='Lot']")).isEqualTo("LOT-0001");
        assertThat(value(xml, lot + "/cac:TenderingTerms/cac:TenderRecipientParty/cbc:EndpointID"))
                .isEqualTo("https://innomotor.no/dialog/42");
        assertThat(values(xml, lot + "/cac:TenderingTerms/cac:Language/cbc:ID")).containsExactly("NOR", "ENG");
        String answers = lot + "/cac:TenderingProcess/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent"
                + "/efext:EformsExtension/efac:AnswerReceptionPeriod";
        assertThat(value(xml, answers + "/cbc:EndDate")).isEqualTo("2026-12-27+01:00");
        assertThat(value(xml, answers + "/cbc:EndTime")).isEqualTo("12:00:00+01:00");
    }

    @Test
    void withoutAResponseDeadlineSuppliersAnswerByTheLastDayOfTheDialogue() throws Exception {
        Document xml = parse(
                exporter.export(complete.toBuilder().responseDeadline(null).build(), PRE_MARKET_CONSULTATION));

        assertThat(value(xml, "//efac:AnswerReceptionPeriod/cbc:EndDate")).isEqualTo("2027-01-11+01:00");
    }

    @ParameterizedTest
    @EnumSource(MarketConsultationNoticeType.class)
    void headerHasAFreshUuidVersion01AndTheNorwegianIssueTime(MarketConsultationNoticeType type) throws Exception {
        MarketConsultationNotice first = exporter.export(complete, type);
        MarketConsultationNotice second = exporter.export(complete, type);
        Document xml = parse(first);

        assertThat(value(xml, "/*/cbc:ID[@schemeName='notice-id']"))
                .isEqualTo(first.noticeId().toString())
                .matches("[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}");
        assertThat(second.noticeId()).isNotEqualTo(first.noticeId());
        assertThat(value(xml, "/*/cbc:VersionID")).isEqualTo("01");
        assertThat(value(xml, "/*/cbc:UBLVersionID")).isEqualTo("2.3");
        assertThat(value(xml, "/*/cbc:IssueDate")).isEqualTo("2026-11-27+01:00");
        assertThat(value(xml, "/*/cbc:IssueTime")).isEqualTo("10:15:30+01:00");
        assertThat(first.fileName()).isEqualTo("eforms-" + type.subtype() + "-" + first.noticeId() + ".xml");
        assertThat(first.type()).isEqualTo(type);
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(NoticeWriter.PIN);
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("PriorInformationNotice");
        assertThat(first.xmlText()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Test
    void theBuyerIsOrganisation1WithItsRoleAddressAndContact() throws Exception {
        Document xml = parse(exporter.export(complete, PRIOR_INFORMATION_ONLY));
        String buyer = "//efac:Organization/efac:Company[cac:PartyIdentification/cbc:ID='ORG-0001']";

        assertThat(value(xml, "/*/cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID"))
                .isEqualTo("ORG-0001");
        assertThat(value(xml, "/*/cac:ContractingParty/cac:ContractingPartyType/cbc:PartyTypeCode"))
                .isEqualTo("cga");
        assertThat(value(xml, "/*/cac:ContractingParty/cac:ContractingActivity/cbc:ActivityTypeCode"))
                .isEqualTo("gen-pub");
        assertThat(values(xml, buyer + "/cac:PartyName/cbc:Name/@languageID")).containsExactly("NOR", "ENG");
        assertThat(values(xml, buyer + "/cac:PartyName/cbc:Name")).containsExactly("Lånekassen", "Lånekassen");
        assertThat(value(xml, buyer + "/cac:PartyLegalEntity/cbc:CompanyID")).isEqualTo("960885406");
        assertThat(value(xml, buyer + "/cac:PostalAddress/cbc:CityName")).isEqualTo("Oslo");
        assertThat(value(xml, buyer + "/cac:PostalAddress/cbc:PostalZone")).isEqualTo("0510");
        assertThat(value(xml, buyer + "/cac:PostalAddress/cbc:CountrySubentityCode[@listName='nuts']"))
                .isEqualTo("NO081");
        assertThat(value(xml, buyer + "/cac:PostalAddress/cac:Country/cbc:IdentificationCode"))
                .isEqualTo("NOR");
        assertThat(value(xml, buyer + "/cac:Contact/cbc:Name")).isEqualTo("Marte Ås");
        assertThat(value(xml, buyer + "/cac:Contact/cbc:Telephone")).isEqualTo("+47 41 48 22 30");
        assertThat(value(xml, buyer + "/cac:Contact/cbc:ElectronicMail")).isEqualTo("marte.as@lanekassen.no");
        String court = "//efac:Organization/efac:Company[cac:PartyIdentification/cbc:ID='ORG-0002']";
        assertThat(value(xml, court + "/cac:PartyLegalEntity/cbc:CompanyID")).isEqualTo("926725939");
        assertThat(values(xml, court + "/cac:PartyName/cbc:Name")).containsOnly("Oslo tingrett");
    }

    @Test
    void withoutABuyerTypeTheSdkExamplesDefaultsAreUsedAndOptionalElementsAreLeftOut() throws Exception {
        MarketConsultationData minimal =
                MarketConsultationFixtures.minimal(TODAY, MarketConsultationLanguage.ENGLISH).toBuilder()
                        .reviewBody(null)
                        .build();
        Document xml = parse(exporter.export(minimal, PRE_MARKET_CONSULTATION));

        assertThat(value(xml, "//cac:ContractingPartyType/cbc:PartyTypeCode")).isEqualTo("body-pl");
        assertThat(value(xml, "//cac:ContractingActivity/cbc:ActivityTypeCode")).isEqualTo("gen-pub");
        assertThat(value(xml, "/*/cbc:NoticeLanguageCode")).isEqualTo("ENG");
        assertThat(values(
                        xml,
                        "/*/cac:AdditionalNoticeLanguage | //cac:RequestedTenderTotal | //cac:Contact/cbc:Name"
                                + " | /*/cac:ProcurementProject/cbc:ID | //cac:AppealTerms | //efac:Organization[2]"))
                .isEmpty();
        assertThat(value(xml, "/*/cac:ProcurementProject/cbc:Note"))
                .isEqualTo("The market dialogue takes place from 28 November 2026 to 17 December 2026.");
    }

    @Test
    void theProjectIsDescribedInEveryLanguageWithCodesPlacesValueAndDates() throws Exception {
        MarketConsultationData data = complete.toBuilder()
                .cpv(
                        CpvCode.of("79512000-2"),
                        List.of(
                                CpvCode.of("72000000-5"),
                                CpvCode.of("64000000"),
                                CpvCode.of("72000000"),
                                CpvCode.of("79512000")))
                .placesOfPerformance(List.of(NutsCode.of("no081"), NutsCode.of("NO084"), NutsCode.of("NO081")))
                .build();
        Document xml = parse(exporter.export(data, PRIOR_INFORMATION_ONLY));

        for (String project :
                List.of("/*/cac:ProcurementProject", "/*/cac:ProcurementProjectLot/cac:ProcurementProject")) {
            assertThat(values(xml, project + "/cbc:Name"))
                    .containsExactly(
                            "Markedsdialog om kontaktsenterløsning", "Market dialogue on a contact centre system");
            assertThat(values(xml, project + "/cbc:Description/@languageID")).containsExactly("NOR", "ENG");
            assertThat(value(xml, project + "/cbc:ProcurementTypeCode[@listName='contract-nature']"))
                    .isEqualTo("services");
            assertThat(value(xml, project + "/cac:MainCommodityClassification/cbc:ItemClassificationCode"))
                    .isEqualTo("79512000");
            assertThat(values(xml, project + "/cac:AdditionalCommodityClassification/cbc:ItemClassificationCode"))
                    .containsExactly("72000000", "64000000");
            assertThat(values(xml, project + "/cac:RealizedLocation/cac:Address/cbc:CountrySubentityCode"))
                    .containsExactly("NO081", "NO084");
            assertThat(values(xml, project + "/cac:RealizedLocation/cac:Address/cac:Country/cbc:IdentificationCode"))
                    .containsExactly("NOR", "NOR");
        }
        assertThat(value(xml, "/*/cac:ProcurementProject/cbc:ID[@schemeName='InternalID']"))
                .isEqualTo("PRJ-2026-17");
        assertThat(value(
                        xml,
                        "/*/cac:ProcurementProject/cac:RequestedTenderTotal"
                                + "/cbc:EstimatedOverallContractAmount[@currencyID='NOK']"))
                .isEqualTo("2500000");
        assertThat(values(xml, "/*/cac:ProcurementProjectLot//cac:RequestedTenderTotal"))
                .isEmpty();
        assertThat(values(xml, "/*/cac:ProcurementProject/cbc:Note"))
                .containsExactly(
                        "Markedsdialogen foregår fra 11. desember 2026 til 11. januar 2027."
                                + " Leverandører bes svare innen 27. desember 2026 kl. 12.00.",
                        "The market dialogue takes place from 11 December 2026 to 11 January 2027."
                                + " Suppliers are asked to respond by 12:00 (Norwegian time) on 27 December 2026.");
    }

    @Test
    void contractNatureFollowsTheMainCpvDivision() {
        assertThat(NoticeWriter.contractNature(CpvCode.of("45210000"))).isEqualTo("works");
        assertThat(NoticeWriter.contractNature(CpvCode.of("30213000"))).isEqualTo("supplies");
        assertThat(NoticeWriter.contractNature(CpvCode.of("48000000"))).isEqualTo("supplies");
        assertThat(NoticeWriter.contractNature(CpvCode.of("03000000"))).isEqualTo("supplies");
        assertThat(NoticeWriter.contractNature(CpvCode.of("72000000"))).isEqualTo("services");
        assertThat(NoticeWriter.contractNature(CpvCode.of("50000000"))).isEqualTo("services");
    }

    @ParameterizedTest
    @EnumSource(MarketConsultationNoticeType.class)
    void textsWithMarkupCharactersAndNorwegianLettersComeBackExactly(MarketConsultationNoticeType type)
            throws Exception {
        String title = "Blåbær & tyttebær: <\"smarte\"> løsninger ÆØÅ ]]> 'x'";
        String description = "Linje 1 & <2>\r\n\tInnrykk \"sitat\" æøå € 😀\u0007\u0000 slutt";
        MarketConsultationData data = complete.toBuilder()
                .buyer("Bærum & Co <AS>", "960885406")
                .title(MarketConsultationText.of(title, "Title & <more>"))
                .description(MarketConsultationText.of(description, "Description"))
                .build();
        MarketConsultationNotice notice = exporter.export(data, type);
        Document xml = parse(notice);

        assertThat(value(xml, "/*/cac:ProcurementProject/cbc:Name[@languageID='NOR']"))
                .isEqualTo(title);
        assertThat(value(xml, "/*/cac:ProcurementProject/cbc:Name[@languageID='ENG']"))
                .isEqualTo("Title & <more>");
        assertThat(value(xml, "/*/cac:ProcurementProject/cbc:Description[@languageID='NOR']"))
                .isEqualTo("Linje 1 & <2>\n\tInnrykk \"sitat\" æøå € 😀 slutt");
        assertThat(values(xml, "//efac:Company/cac:PartyName/cbc:Name")).contains("Bærum & Co <AS>");
        assertThat(notice.xmlText()).contains("Bærum &amp; Co &lt;AS&gt;");
        assertThat(schema.problems(notice.xml())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MarketConsultationNoticeType.class)
    void incompleteDataIsRefusedWithTheChecklist(MarketConsultationNoticeType type) {
        MarketConsultationData data = complete.toBuilder()
                .title(MarketConsultationText.english("Only English"))
                .cpv(null, List.of())
                .build();

        assertThatThrownBy(() -> exporter.export(data, type))
                .isInstanceOf(MarketConsultationIncomplete.class)
                .isInstanceOf(DomainException.RuleBroken.class)
                .satisfies(e -> {
                    MarketConsultationIncomplete refusal = (MarketConsultationIncomplete) e;
                    assertThat(refusal.messageKey()).isEqualTo("notices.export.incomplete");
                    assertThat(refusal.checklist())
                            .isEqualTo(check.check(data, type))
                            .hasSize(2);
                    assertThat(refusal.arguments()).containsExactly(2);
                });
    }

    @ParameterizedTest
    @EnumSource(MarketConsultationNoticeType.class)
    void exportToWritesTheWholeValidNoticeAndNothingElse(MarketConsultationNoticeType type) throws Exception {
        Path file = folder.resolve("notice.xml");
        Files.writeString(file, "an older export");

        MarketConsultationNotice notice = exporter.exportTo(complete, type, file);

        assertThat(Files.readAllBytes(file)).isEqualTo(notice.xml());
        assertThat(schema.problems(Files.readAllBytes(file))).isEmpty();
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    void aRefusedExportLeavesTheFileAsItWasAndNoPartialFile() throws Exception {
        Path file = folder.resolve("notice.xml");
        Files.writeString(file, "an older export");

        assertThatThrownBy(
                        () -> exporter.exportTo(MarketConsultationData.builder().build(), PRIOR_INFORMATION_ONLY, file))
                .isInstanceOf(MarketConsultationIncomplete.class);

        assertThat(Files.readString(file)).isEqualTo("an older export");
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    void aNoticeTheXsdRejectsIsNeverHandedOutOrWritten() throws Exception {
        NoticeSchema rejecting = new NoticeSchema(new EformsSchema()) {
            @Override
            List<String> problems(byte[] xml) {
                return List.of("line 1: simulated writer defect");
            }
        };
        MarketConsultationExporter broken =
                new EformsMarketConsultationExporter(check, rejecting, sdk, messages, clock);
        Path file = folder.resolve("notice.xml");

        assertThatThrownBy(() -> broken.export(complete, PRE_MARKET_CONSULTATION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("simulated writer defect");
        assertThatThrownBy(() -> broken.exportTo(complete, PRE_MARKET_CONSULTATION, file))
                .isInstanceOf(IllegalStateException.class);
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void theSchemaReportsWhatIsWrongAndWhere() throws Exception {
        String valid = exporter.export(complete, PRIOR_INFORMATION_ONLY).xmlText();
        String invalid = valid.replace(
                "<cbc:VersionID>01</cbc:VersionID>", "<cbc:VersionID>01</cbc:VersionID><cbc:Unknown>x</cbc:Unknown>");

        assertThat(schema.problems(invalid.getBytes(StandardCharsets.UTF_8)))
                .singleElement()
                .asString()
                .startsWith("line ")
                .contains(":Unknown}");
    }

    @Test
    void theSchemaDoesNotResolveExternalEntities() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "do not read");
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE PriorInformationNotice [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><PriorInformationNotice xmlns=\"" + NoticeWriter.PIN + "\">&x;"
                + "</PriorInformationNotice>";

        assertThat(schema.problems(hostile.getBytes(StandardCharsets.UTF_8)))
                .isNotEmpty()
                .noneMatch(problem -> problem.contains("do not read"));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static Document parse(MarketConsultationNotice notice) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(notice.xml()));
    }

    private static String value(Document xml, String path) throws Exception {
        List<String> values = values(xml, path);
        assertThat(values).as(path).hasSize(1);
        return values.get(0);
    }

    private static List<String> values(Document xml, String path) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());
        NodeList nodes = (NodeList) xpath.evaluate(path, xml, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            values.add(node.getTextContent());
        }
        return values;
    }

    private static final class Namespaces implements NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return switch (prefix) {
                case "cac" -> NoticeWriter.CAC;
                case "cbc" -> NoticeWriter.CBC;
                case "ext" -> NoticeWriter.EXT;
                case "efac" -> NoticeWriter.EFAC;
                case "efbc" -> NoticeWriter.EFBC;
                case "efext" -> NoticeWriter.EFEXT;
                default -> XMLConstants.NULL_NS_URI;
            };
        }

        @Override
        public String getPrefix(String namespaceUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Iterator<String> getPrefixes(String namespaceUri) {
            throw new UnsupportedOperationException();
        }
    }
}
