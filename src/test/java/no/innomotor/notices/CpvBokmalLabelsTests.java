package no.innomotor.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import no.innomotor.shared.CpvCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Bokmål labels from the Norwegian eForms SDK's translation file beside the repository. */
@Tag("shared-reference")
class CpvBokmalLabelsTests {

    private static final Path TRANSLATIONS = Path.of("../shared/reference/eforms-sdk-nor/cpv.yaml");
    private static final CpvCatalogue CPV = new CpvCatalogue(TRANSLATIONS.toString());

    @Test
    void bokmalAndNynorskUsersSeeBokmalLabels() {
        CpvEntry agriculture = CPV.find(CpvCode.of("03000000")).orElseThrow();
        assertThat(agriculture.label(Locale.forLanguageTag("nb")))
                .isEqualTo("Landbruk, gårdsbruk, fiske, skogsbruk og relaterte produkter");
        assertThat(agriculture.label(Locale.forLanguageTag("nn"))).isEqualTo(agriculture.bokmal());
        assertThat(agriculture.label(Locale.ENGLISH))
                .isEqualTo("Agricultural, farming, fishing, forestry and related products");
    }

    @Test
    void searchMatchesBokmalWords() {
        assertThat(CPV.search("soyabønner", Locale.forLanguageTag("nb"), 10))
                .extracting(entry -> entry.code().value())
                .contains("03111100");
    }

    @Test
    void everyCodeHasANonBlankLabelInEveryLanguage() {
        int seen = 0;
        for (String lang : new String[] {"nb", "nn", "en"}) {
            for (char digit = '0'; digit <= '9'; digit++) {
                var codes = CPV.search(String.valueOf(digit), Locale.forLanguageTag(lang), 20_000);
                codes.forEach(code -> assertThat(code.label(Locale.forLanguageTag(lang)))
                        .as(code.code().value())
                        .isNotBlank());
                seen += codes.size();
            }
        }
        assertThat(seen).isEqualTo(3 * CPV.size());
    }

    @Test
    void everydayNorwegianWordsFindTheirCodes() {
        Locale nb = Locale.forLanguageTag("nb");
        assertThat(CPV.search("brøyting", nb, 50))
                .extracting(entry -> entry.code().value())
                .contains("90620000");
        assertThat(CPV.search("programvare", nb, 50))
                .extracting(entry -> entry.code().value())
                .contains("48000000");
        assertThat(CPV.search("renhold", nb, 50)).isNotEmpty();
        assertThat(CPV.search("snø", nb, 1000))
                .extracting(entry -> entry.code().value())
                .contains("90620000");
    }

    @Test
    void searchIgnoresCaseAndDiacriticsAndFindsPartsOfCompounds() {
        Locale nb = Locale.forLanguageTag("nb");
        assertThat(CPV.search("BRØYTING", nb, 50))
                .extracting(entry -> entry.code().value())
                .contains("90620000");
        assertThat(CPV.search("broyting", nb, 50))
                .extracting(entry -> entry.code().value())
                .contains("90620000");
        assertThat(CPV.search("rydding", nb, 50))
                .extracting(entry -> entry.code().value())
                .contains("90620000");
    }

    @Test
    void englishWordsStillFindCodesForNorwegianReaders() {
        assertThat(CPV.search("snow-clearing", Locale.forLanguageTag("nb"), 50))
                .extracting(entry -> entry.code().value())
                .contains("90620000");
    }
}
