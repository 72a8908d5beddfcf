package no.innomotor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import no.innomotor.shared.OrgNumber;
import org.junit.jupiter.api.Test;

/** Properties of the modulus-11 check, tried over many generated numbers (seeded, so a failure repeats). */
class OrgNumberPropertiesTests {

    private static final int TRIES = 20_000;

    @Test
    void acceptsRealOrganisationNumbers() {
        assertThat(OrgNumber.isValid("974760673")).isTrue(); // Brønnøysundregistrene
        assertThat(OrgNumber.isValid("935478715")).isTrue(); // Bærum kommune
        assertThat(OrgNumber.parse("974 760 673")).map(OrgNumber::formatted).contains("974 760 673");
    }

    @Test
    void rejectsWrongCheckDigitLengthAndLetters() {
        assertThat(OrgNumber.isValid("974760674")).isFalse();
        assertThat(OrgNumber.isValid("97476067")).isFalse();
        assertThat(OrgNumber.isValid("9747606733")).isFalse();
        assertThat(OrgNumber.isValid("97476067a")).isFalse();
        assertThat(OrgNumber.parse("")).isEmpty();
    }

    @Test
    void atMostOneCheckDigitCompletesAnyEightDigits() {
        Random random = new Random(11);
        int withoutAnyValidDigit = 0;
        for (int t = 0; t < TRIES; t++) {
            String body = eightDigits(random);
            int valid = 0;
            for (char check = '0'; check <= '9'; check++) {
                if (OrgNumber.isValid(body + check)) {
                    valid++;
                }
            }
            assertThat(valid).as(body).isLessThanOrEqualTo(1);
            withoutAnyValidDigit += valid == 0 ? 1 : 0;
        }
        // Remainder 1 gives check digit 10, which no number may have: about one body in eleven.
        assertThat(withoutAnyValidDigit).isBetween(TRIES / 11 - 300, TRIES / 11 + 300);
    }

    @Test
    void changingAnySingleDigitOfAValidNumberIsCaught() {
        Random random = new Random(7);
        for (int t = 0; t < TRIES; t++) {
            String valid = validNumber(random);
            int position = random.nextInt(9);
            int delta = 1 + random.nextInt(9);
            char[] digits = valid.toCharArray();
            digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
            assertThat(OrgNumber.isValid(new String(digits)))
                    .as(valid + " → " + new String(digits))
                    .isFalse();
        }
    }

    private static String validNumber(Random random) {
        while (true) {
            String body = eightDigits(random);
            for (char check = '0'; check <= '9'; check++) {
                if (OrgNumber.isValid(body + check)) {
                    return body + check;
                }
            }
        }
    }

    private static String eightDigits(Random random) {
        return String.format("%08d", random.nextInt(100_000_000));
    }
}
