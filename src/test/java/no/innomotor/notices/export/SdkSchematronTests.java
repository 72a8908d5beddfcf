package no.innomotor.notices.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Schematron validator itself, on the SDK's own example notices of subtypes 4 and E1: the valid examples give
 * no error, every INVALID_ example gives some.
 */
@Tag("schematron")
class SdkSchematronTests {

    private static final Pattern SUBTYPE = Pattern.compile("<cbc:SubTypeCode[^>]*>(4|E1)</cbc:SubTypeCode>");

    static Stream<Arguments> sdkExamples() throws IOException {
        List<Arguments> examples = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:eforms-sdk/examples/notices/*.xml")) {
            byte[] xml;
            try (InputStream in = file.getInputStream()) {
                xml = in.readAllBytes();
            }
            Matcher subtype = SUBTYPE.matcher(new String(xml, StandardCharsets.UTF_8));
            if (subtype.find()) {
                examples.add(Arguments.of(file.getFilename(), subtype.group(1), xml));
            }
        }
        return examples.stream();
    }

    @Test
    void theSdkHasValidAndInvalidExamplesOfBothSubtypes() throws IOException {
        List<String> names =
                sdkExamples().map(arguments -> (String) arguments.get()[0]).toList();
        assertThat(names).contains("pin-only_24.xml", "E1_minimal.xml", "INVALID_pin-only_24_minimal.xml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sdkExamples")
    void validExamplesHaveNoErrorsAndInvalidOnesHaveSome(String name, String subtype, byte[] xml) {
        SdkSchematron.Verdict verdict = SdkSchematron.validate(xml, SdkSchematron.phaseFor(subtype));

        if (name.startsWith("INVALID")) {
            assertThat(verdict.errors()).as(name).isNotEmpty();
        } else {
            assertThat(verdict.errors()).as(name).isEmpty();
        }
    }

    @Test
    void theEuLanguageAssertsAreFoundInTheRules() {
        assertThat(SdkSchematron.euLanguageAsserts())
                .contains("BR-BT-00702-0102", "BR-BT-00702-0103", "BR-BT-00500-0304", "BR-BT-00021-0300")
                .doesNotContain("BR-OPT-00002-0052", "BR-BT-00262-0153");
    }
}
