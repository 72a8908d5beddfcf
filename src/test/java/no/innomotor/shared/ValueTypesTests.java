package no.innomotor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueTypesTests {

    @Test
    void cpvCodesDropCheckDigitAndSpaces() {
        assertThat(CpvCode.parse(" 45233141-9 ")).contains(new CpvCode("45233141"));
        assertThat(CpvCode.parse("4523 3141")).contains(new CpvCode("45233141"));
        assertThat(CpvCode.parse("4523314")).isEmpty();
        assertThat(CpvCode.parse("4523314x")).isEmpty();
        assertThat(CpvCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new CpvCode("45-23314")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cpvCodesKnowTheirPlaceInTheTree() {
        CpvCode roadWork = CpvCode.of("45233141");
        assertThat(CpvCode.of("45000000").level()).isEqualTo(1);
        assertThat(CpvCode.of("45200000").level()).isEqualTo(2);
        assertThat(CpvCode.of("45230000").level()).isEqualTo(3);
        assertThat(roadWork.isWithin(CpvCode.of("45230000"))).isTrue();
        assertThat(roadWork.isWithin(CpvCode.of("45100000"))).isFalse();
        assertThat(roadWork.isWithin(roadWork)).isTrue();
        assertThat(roadWork.division()).isEqualTo(CpvCode.of("45000000"));
        // A division whose second digit is 0 is still two digits wide: 30000000 is not an ancestor of 31000000.
        assertThat(CpvCode.of("31000000").isWithin(CpvCode.of("30000000"))).isFalse();
    }

    @Test
    void nutsCodesAreUpperCasedAndNest() {
        assertThat(NutsCode.parse(" no0a1 ")).contains(new NutsCode("NO0A1"));
        assertThat(NutsCode.parse("N")).isEmpty();
        assertThat(NutsCode.parse("NO0A12")).isEmpty();
        NutsCode vestland = NutsCode.of("NO0A2");
        assertThat(vestland.level()).isEqualTo(3);
        assertThat(vestland.country()).isEqualTo("NO");
        assertThat(vestland.parent()).isEqualTo(NutsCode.of("NO0A"));
        assertThat(vestland.isWithin(NutsCode.of("NO0A"))).isTrue();
        assertThat(vestland.isWithin(NutsCode.of("NO08"))).isFalse();
        assertThat(NutsCode.of("NO").parent()).isEqualTo(NutsCode.of("NO"));
    }

    @Test
    void moneyReadsKronerAsNorwegiansWriteThem() {
        assertThat(Money.parseNok("1 500 000 kr")).contains(Money.nok(1_500_000));
        assertThat(Money.parseNok("kr 1.500.000")).contains(Money.nok(1_500_000));
        assertThat(Money.parseNok("1500000,-")).contains(Money.nok(1_500_000));
        assertThat(Money.parseNok("1\u00a0500\u202f000")).contains(Money.nok(1_500_000));
        assertThat(Money.inspectNok("")).isEqualTo(Money.Parsed.EMPTY);
        assertThat(Money.inspectNok("-5")).isEqualTo(Money.Parsed.NEGATIVE);
        assertThat(Money.inspectNok("12,5")).isEqualTo(Money.Parsed.NOT_A_WHOLE_NUMBER);
        assertThat(Money.inspectNok("99999999999999999")).isEqualTo(Money.Parsed.TOO_LARGE);
    }

    @Test
    void moneyKeepsCurrencyAndComparesOnlyWithinIt() {
        Money euros = Money.of(new BigDecimal("1250000.00"), "eur");
        assertThat(euros).isEqualTo(Money.of(new BigDecimal("1250000"), "EUR"));
        assertThat(euros.isNok()).isFalse();
        assertThatThrownBy(euros::kroner).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> euros.compareTo(Money.nok(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.nok(3_000_000).kroner()).isEqualTo(3_000_000L);
        assertThat(Money.nok(2).compareTo(Money.nok(10))).isNegative();
        assertThat(Money.of(new BigDecimal("0.00"), "NOK")).isEqualTo(Money.ZERO_NOK);
        assertThatThrownBy(() -> Money.nok(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "XYZ1")).isInstanceOf(IllegalArgumentException.class);
    }
}
