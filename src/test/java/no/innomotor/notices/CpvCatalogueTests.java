package no.innomotor.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import no.innomotor.shared.CpvCode;
import org.junit.jupiter.api.Test;

/** The CPV code list as read from the eForms SDK artifact, without a translation file (English labels). */
class CpvCatalogueTests {

    private static final CpvCatalogue CPV = new CpvCatalogue(null);
    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    @Test
    void readsTheWholeCpv2008ListFromTheSdk() {
        assertThat(CPV.size()).isBetween(9400, 9500);
        assertThat(CPV.find(CpvCode.of("72000000")))
                .map(CpvEntry::english)
                .hasValueSatisfying(label -> assertThat(label).startsWith("IT services"));
    }

    @Test
    void acceptsTheCheckDigitFormAndRejectsUnknownCodes() {
        assertThat(CPV.isKnown("72000000-5")).isTrue();
        assertThat(CPV.isKnown("72 00 00 00")).isTrue();
        assertThat(CPV.isKnown("12345678")).isFalse();
        assertThat(CPV.isKnown("")).isFalse();
        assertThat(CPV.isKnown(CpvCode.of("72000000-5"))).isTrue();
        assertThat(CPV.isKnown(CpvCode.of("12345678"))).isFalse();
    }

    @Test
    void everyEntryNamesItsParentAsACodeOfTheList() {
        assertThat(CPV.find(CpvCode.of("72212000"))).map(CpvEntry::parent).contains(CpvCode.of("72210000"));
        assertThat(CPV.find(CpvCode.of("72000000")).orElseThrow().parent()).isNull();
    }

    @Test
    void pathRunsFromDivisionDownToTheCode() {
        assertThat(CPV.path(CpvCode.of("72212000")))
                .extracting(entry -> entry.code().value())
                .containsExactly("72000000", "72200000", "72210000", "72212000");
    }

    @Test
    void aParentCoversAllItsDescendantsButNotItsSiblings() {
        assertThat(CPV.covers(CpvCode.of("72000000"), CpvCode.of("72212000"))).isTrue();
        assertThat(CPV.covers(CpvCode.of("72212000"), CpvCode.of("72212000"))).isTrue();
        assertThat(CPV.covers(CpvCode.of("72200000"), CpvCode.of("72300000"))).isFalse();
        assertThat(CPV.covers(CpvCode.of("72212000"), CpvCode.of("72000000"))).isFalse();
    }

    @Test
    void searchFindsByCodePrefixAndByWordsBroadestFirst() {
        assertThat(CPV.search("722", Locale.ENGLISH, 5))
                .first()
                .extracting(CpvEntry::code)
                .isEqualTo(CpvCode.of("72200000"));
        assertThat(CPV.search("software development", Locale.ENGLISH, 50))
                .extracting(CpvEntry::code)
                .contains(CpvCode.of("72262000"));
        assertThat(CPV.search("  ", Locale.ENGLISH, 5)).isEmpty();
    }

    @Test
    void withoutATranslationFileNorwegianUsersGetEnglishNeverBlank() {
        assertThat(CPV.find(CpvCode.of("72000000")))
                .map(code -> code.label(BOKMAL))
                .hasValueSatisfying(label -> assertThat(label).isNotBlank().startsWith("IT services"));
    }
}
