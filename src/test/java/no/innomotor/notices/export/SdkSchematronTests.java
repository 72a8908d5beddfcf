package no.innomotor.notices.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The Schematron validator itself: the SDK's valid examples pass, its invalid ones and a broken notice do not. */
class SdkSchematronTests {

    @Test
    void sdkValidExamplesForBothSubtypesHaveNoErrors() throws IOException {
        for (String[] example : new String[][] {{"pin-only_24.xml", "4"}, {"pin-only_24_lots.xml", "4"},
                {"E1_minimal.xml", "E1"}}) {
            long start = System.nanoTime();
            SdkSchematron.Verdict verdict = SdkSchematron.validate(example(example[0]),
                    SdkSchematron.phaseFor(example[1]));
            System.out.println(example[0] + " " + (System.nanoTime() - start) / 1_000_000 + " ms " + verdict.errors());
            assertThat(verdict.errors()).as(example[0]).isEmpty();
        }
    }

    @Test
    void sdkInvalidExamplesHaveErrors() throws IOException {
        assertThat(SdkSchematron.validate(example("INVALID_pin-only_24_minimal.xml"), "eforms-4").errors()).isNotEmpty();
    }

    private static byte[] example(String name) throws IOException {
        try (InputStream in = new ClassPathResource("eforms-sdk/examples/notices/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
