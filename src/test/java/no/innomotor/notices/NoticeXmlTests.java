package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.sdkExample;
import static no.innomotor.notices.NoticeFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

/** Reading notice files: the SDK's XSD, and malformed and hostile input rejected without harm. */
class NoticeXmlTests {

    private static final NoticeXml XML = new NoticeXml(new EformsSchema());
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    private static NoticeRejected rejection(byte[] content) {
        NoticeRejected rejected = catchThrowableOfType(NoticeRejected.class, () -> XML.read(content));
        assertThat(rejected).as("rejected").isNotNull();
        return rejected;
    }

    private static ImportOutcome outcome(byte[] content) {
        return rejection(content).toOutcome("test.xml");
    }

    @Test
    void everySdkExampleThatDeclaresItsVersionIsValidAgainstTheSdksXsdTheOthersAreRejectedForIt() throws Exception {
        int read = 0;
        for (Resource example : NoticeFixtures.sdkExamples()) {
            if (NoticeImportTests.WITHOUT_SDK_VERSION.contains(example.getFilename())) {
                assertThat(outcome(NoticeFixtures.bytes(example)).reason())
                        .as(example.getFilename())
                        .isEqualTo(ImportOutcome.Reason.SDK_VERSION_MISSING);
            } else {
                assertThat(XML.read(NoticeFixtures.bytes(example)).getDocumentElement())
                        .as(example.getFilename())
                        .isNotNull();
                read++;
            }
        }
        assertThat(read).isEqualTo(84);
    }

    @Test
    void anElementTheXsdDoesNotAllowIsRejectedWithItsLineColumnAndElement() {
        String xml = sdkExample("cn_24_minimal.xml")
                .replace("<cbc:ContractFolderID>", "<cbc:Colour>blue</cbc:Colour><cbc:ContractFolderID>");
        int line = lineOf(xml, "<cbc:Colour>");

        ImportOutcome outcome = outcome(utf8(xml));

        assertThat(outcome.reason()).isEqualTo(ImportOutcome.Reason.INVALID);
        assertThat(outcome.line()).isEqualTo(line);
        assertThat(outcome.column()).isPositive();
        assertThat(outcome.element()).isEqualTo("/ContractNotice/cbc:Colour");
        assertThat(outcome.detail()).contains("cbc:Colour");
        assertThat(outcome.describe())
                .contains(
                        "not valid against the eForms SDK's XSD", "line " + line, "element /ContractNotice/cbc:Colour");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheElementThatHoldsIt() {
        String xml = sdkExample("cn_24_minimal.xml")
                .replace(
                        "<cbc:IssueDate>2019-11-21+01:00</cbc:IssueDate>", "<cbc:IssueDate>21.11.2019</cbc:IssueDate>");

        ImportOutcome outcome = outcome(utf8(xml));

        assertThat(outcome.reason()).isEqualTo(ImportOutcome.Reason.INVALID);
        assertThat(outcome.line()).isEqualTo(lineOf(xml, "<cbc:IssueDate>"));
        assertThat(outcome.element()).isEqualTo("/ContractNotice/cbc:IssueDate");
        assertThat(outcome.detail()).contains("21.11.2019");
    }

    @Test
    void aMissingRequiredElementIsRejected() {
        String xml =
                sdkExample("cn_24_minimal.xml").replaceFirst("<cbc:ContractFolderID>[^<]*</cbc:ContractFolderID>", "");

        ImportOutcome outcome = outcome(utf8(xml));

        assertThat(outcome.reason()).isEqualTo(ImportOutcome.Reason.INVALID);
        assertThat(outcome.detail()).contains("cbc:ContractFolderID");
    }

    @Test
    void emptyAndBlankFilesAreRejectedAsEmpty() {
        assertThat(outcome(new byte[0]).reason()).isEqualTo(ImportOutcome.Reason.EMPTY);
        assertThat(outcome(utf8(" \n\t ")).reason()).isEqualTo(ImportOutcome.Reason.EMPTY);
    }

    @Test
    void truncatedXmlIsRejectedAsMalformedWithItsLine() {
        String xml = sdkExample("cn_24_minimal.xml");
        String truncated = xml.substring(0, xml.length() / 2);

        ImportOutcome outcome = outcome(utf8(truncated));

        assertThat(outcome.reason()).isEqualTo(ImportOutcome.Reason.MALFORMED);
        assertThat(outcome.line()).isGreaterThan(1);
    }

    @Test
    void anotherNamespaceIsNotAnEformsNotice() {
        String xml = sdkExample("cn_24_minimal.xml")
                .replace(
                        "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2\"",
                        "xmlns=\"urn:example:not-eforms\"");

        ImportOutcome outcome = outcome(utf8(xml));

        assertThat(outcome.reason()).isEqualTo(ImportOutcome.Reason.NOT_EFORMS);
        assertThat(outcome.element()).isEqualTo("ContractNotice");
        assertThat(outcome.detail()).contains("urn:example:not-eforms");
        assertThat(outcome(utf8("<?xml version=\"1.0\"?><html><body/></html>")).reason())
                .isEqualTo(ImportOutcome.Reason.NOT_EFORMS);
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/secret";
            for (String payload : new String[] {
                "<?xml version=\"1.0\"?><!DOCTYPE n [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<ContractNotice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2\">"
                        + "&x;</ContractNotice>",
                "<?xml version=\"1.0\"?><!DOCTYPE n [<!ENTITY x SYSTEM \"" + url + "\">]><n>&x;</n>",
                "<?xml version=\"1.0\"?><!DOCTYPE n [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]><n/>",
                "<?xml version=\"1.0\"?><!DOCTYPE n SYSTEM \"" + url + "\"><n/>"
            }) {
                ImportOutcome outcome = assertTimeoutPreemptively(QUICKLY, () -> outcome(utf8(payload)));
                assertThat(outcome.reason()).isEqualTo(ImportOutcome.Reason.DOCTYPE);
                assertThat(outcome.describe()).doesNotContain("root:");
            }
            String schemaHint = sdkExample("cn_24_minimal.xml")
                    .replace(
                            "xmlns:xsi=",
                            "xsi:schemaLocation=\"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2 " + url
                                    + "\" xmlns:xsi=");
            assertThat(XML.read(utf8(schemaHint))).isNotNull();
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void entityExpansionIsRejectedBeforeAnythingExpands() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"");
            laughs.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><lolz>&lol9;</lolz>");

        ImportOutcome outcome = assertTimeoutPreemptively(QUICKLY, () -> outcome(utf8(laughs.toString())));

        assertThat(outcome.reason()).isEqualTo(ImportOutcome.Reason.DOCTYPE);
    }

    @Test
    void binaryJunkIsRejectedAsMalformed() {
        byte[] junk = new byte[64 * 1024];
        new Random(42).nextBytes(junk);
        junk[0] = 0x1F;

        ImportOutcome outcome = assertTimeoutPreemptively(QUICKLY, () -> outcome(junk));

        assertThat(outcome.reason()).isEqualTo(ImportOutcome.Reason.MALFORMED);
        assertThat(outcome.rejected()).isTrue();
    }

    @Test
    void deeplyNestedElementsAreRejectedBeforeTheyExhaustTheStack() {
        String root = "<ContractNotice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2\">";
        String xml = root + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</ContractNotice>";

        ImportOutcome outcome = assertTimeoutPreemptively(QUICKLY, () -> outcome(utf8(xml)));

        assertThat(outcome.reason()).isIn(ImportOutcome.Reason.TOO_DEEP, ImportOutcome.Reason.INVALID);
    }

    @Test
    void aFileLargerThanTheLimitIsNotParsed() {
        byte[] huge = new byte[NoticeXml.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');

        assertThat(outcome(huge).reason()).isEqualTo(ImportOutcome.Reason.TOO_LARGE);
    }

    private static int lineOf(String xml, String marker) {
        String before = xml.substring(0, xml.indexOf(marker));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
