package no.innomotor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTests {

    @Test
    void bidirectionalOverrideCannotDisguiseTheExtension() {
        assertThat(FileNames.clean("invoice\u202Egnp.txt")).isEqualTo("invoicegnp.txt");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u202Aa.txt", "\u202Ba.txt", "\u202Ca.txt", "\u202Da.txt", "\u202Ea.txt", "\u2066a.txt", "\u2067a.txt",
                "\u2068a.txt", "\u2069a.txt", "\u200Ea.txt", "\u200Fa.txt", "\u0000a.txt", "\u0007a.txt", "\"a.txt",
                "a\u200B.txt", "a\u2028.txt", "\u001Ba.txt\r\n"
            })
    void everyInvisibleOrControlCharacterIsDropped(String name) {
        assertThat(FileNames.clean(name)).isEqualTo("a.txt");
    }

    @Test
    void foldersAreDroppedAndNorwegianLettersKept() {
        assertThat(FileNames.clean("C:\\Users\\kari\\Søknad æøå.pdf")).isEqualTo("Søknad æøå.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void nothingUsableGivesTheFallback() {
        assertThat(FileNames.clean("\u202E")).isEqualTo("document");
        assertThat(FileNames.clean(null, "?")).isEqualTo("?");
        assertThat(FileNames.clean("..", "?")).isEqualTo("?");
    }

    @Test
    void longNamesKeepTheirExtension() {
        String cleaned = FileNames.clean("a".repeat(300) + ".pdf");
        assertThat(cleaned).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
    }
}
