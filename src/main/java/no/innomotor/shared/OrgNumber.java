package no.innomotor.shared;

import java.util.Optional;

/**
 * A Norwegian organisation number: nine digits, the last a modulus-11 check digit with weights 3 2 7 6 5 4 3 2.
 * Spaces are allowed in input ("974 760 673") and dropped.
 */
public record OrgNumber(String value) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrgNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid organisation number");
        }
    }

    public static Optional<OrgNumber> parse(String input) {
        String digits = input == null ? "" : input.replace(" ", "").replace("\u00a0", "");
        return isValid(digits) ? Optional.of(new OrgNumber(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || digits.length() != 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check != 10 && check == digits.charAt(8) - '0';
    }

    /** Formatted the Norwegian way: "974 760 673". */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
