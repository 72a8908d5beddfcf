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
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + EXAMPLES + "*.xml");
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
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
        return xml.replaceFirst("<cbc:VersionID>[^<]*</cbc:VersionID>", "<cbc:VersionID>" + version
                + "</cbc:VersionID>");
    }

    static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
