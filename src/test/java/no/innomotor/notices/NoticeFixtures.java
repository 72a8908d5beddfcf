package no.innomotor.notices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The eForms SDK's example notices, read from the artifact on the class path, and variations of them for tests. */
final class NoticeFixtures {

    static final String EXAMPLES = "eforms-sdk/examples/notices/";
    private static final Pattern NOTICE_ID = Pattern.compile("(schemeName=\"notice-id\">)([^<]+)(<)");

    private NoticeFixtures() {}

    /** Every example notice in the SDK artifact, in name order. */
    static List<Resource> sdkExamples() {
        try {
            Resource[] found =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + EXAMPLES + "*.xml");
            return Arrays.stream(found)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sdkExample(String name) {
        try {
            return new ClassPathResource(EXAMPLES + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Resource resource) {
        try {
            return resource.getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String noticeId(String xml) {
        Matcher matcher = NOTICE_ID.matcher(xml);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no notice id");
        }
        return matcher.group(2);
    }

    /** The same notice under a new, unique notice identifier, so a test's data never meets another test's. */
    static String withFreshId(String xml) {
        return withNoticeId(xml, UUID.randomUUID().toString());
    }

    static String withNoticeId(String xml, String id) {
        return NOTICE_ID.matcher(xml).replaceFirst("$1" + id + "$3");
    }

    static String withVersion(String xml, String version) {
        return xml.replaceFirst(
                "<cbc:VersionID>[^<]*</cbc:VersionID>", "<cbc:VersionID>" + version + "</cbc:VersionID>");
    }

    /** A contract notice (subtype 16) made from the SDK's minimal one, with the given facts and a fresh identifier. */
    static String contractNotice(
            String title, java.time.LocalDate issued, java.time.LocalDate deadline, String cpv, String nuts) {
        return withFreshId(sdkExample("cn_24_minimal.xml"))
                .replace(
                        "Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)",
                        title)
                .replace(
                        "<cbc:IssueDate>2019-11-21+01:00</cbc:IssueDate>",
                        "<cbc:IssueDate>" + issued + "+01:00</cbc:IssueDate>")
                .replace(
                        "<cbc:EndDate>2020-02-04+02:00</cbc:EndDate>",
                        "<cbc:EndDate>" + deadline + "+01:00</cbc:EndDate>")
                .replace(">72230000<", ">" + cpv + "<")
                .replace(">FRD22<", ">" + nuts + "<");
    }

    /** The notice's lots (and procedure) marked as strategic procurement of innovation (BT-06 inn-pur). */
    static String innovative(String contractNotice) {
        return contractNotice.replace(
                "<cbc:ProcurementTypeCode listName=\"contract-nature\">services</cbc:ProcurementTypeCode>\n"
                        + "\t\t\t<cac:MainCommodityClassification>",
                "<cbc:ProcurementTypeCode listName=\"contract-nature\">services</cbc:ProcurementTypeCode>"
                        + "<cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName=\"strategic-procurement\">"
                        + "inn-pur</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>\n"
                        + "\t\t\t<cac:MainCommodityClassification>");
    }

    /** A word no other test uses, for finding a test's own notices by free text in a shared database. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
