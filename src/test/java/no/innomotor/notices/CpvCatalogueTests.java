package no.innomotor.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The CPV code list as read from the eForms SDK artifact, without a translation file (English labels). */
class CpvCatalogueTests {

    private static final CpvCatalogue CPV = new CpvCatalogue(null);
    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    @Test
    void readsTheWholeCpv2008ListFromTheSdk() {
        assertThat(CPV.size()).isBetween(9400, 9500);
        assertThat(CPV.find("72000000"))
                .map(CpvCode::english)
                .hasValueSatisfying(label -> assertThat(label).startsWith("IT services"));
    }

    @Test
    void acceptsTheCheckDigitFormAndRejectsUnknownCodes() {
        assertThat(CPV.isKnown("72000000-5")).isTrue();
        assertThat(CPV.isKnown("72 00 00 00")).isTrue();
        assertThat(CPV.isKnown("12345678")).isFalse();
        assertThat(CPV.isKnown("")).isFalse();
    }

    @Test
    void pathRunsFromDivisionDownToTheCode() {
        assertThat(CPV.path("72212000"))
                .extracting(CpvCode::code)
                .containsExactly("72000000", "72200000", "72210000", "72212000");
    }

    @Test
    void aParentCoversAllItsDescendantsButNotItsSiblings() {
        assertThat(CPV.covers("72000000", "72212000")).isTrue();
        assertThat(CPV.covers("72212000", "72212000")).isTrue();
        assertThat(CPV.covers("72200000", "72300000")).isFalse();
        assertThat(CPV.covers("72212000", "72000000")).isFalse();
    }

    @Test
    void searchFindsByCodePrefixAndByWordsBroadestFirst() {
        assertThat(CPV.search("722", Locale.ENGLISH, 5))
                .first()
                .extracting(CpvCode::code)
                .isEqualTo("72200000");
        assertThat(CPV.search("software development", Locale.ENGLISH, 50))
                .extracting(CpvCode::code)
                .contains("72262000");
        assertThat(CPV.search("  ", Locale.ENGLISH, 5)).isEmpty();
    }

    @Test
    void withoutATranslationFileNorwegianUsersGetEnglishNeverBlank() {
        assertThat(CPV.find("72000000"))
                .map(code -> code.label(BOKMAL))
                .hasValueSatisfying(label -> assertThat(label).isNotBlank().startsWith("IT services"));
    }
}
