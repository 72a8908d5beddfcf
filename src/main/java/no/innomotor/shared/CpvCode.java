package no.innomotor.shared;

import java.io.Serializable;
import java.util.Optional;

/**
 * A code of the Common Procurement Vocabulary (CPV 2008): eight digits. Input may carry the check digit
 * ("45233141-9") and spaces; both are dropped, so every module compares codes in one form.
 */
public record CpvCode(String value) implements Comparable<CpvCode>, Serializable {

    public CpvCode {
        if (value == null || value.length() != 8 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("A CPV code is eight digits");
        }
    }

    /** What a person or a notice wrote, as a code: empty when it is not eight digits after normalising. */
    public static Optional<CpvCode> parse(String input) {
        String digits = normalise(input);
        return digits.length() == 8 && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(new CpvCode(digits))
                : Optional.empty();
    }

    public static CpvCode of(String input) {
        return parse(input).orElseThrow(() -> new IllegalArgumentException("Not a CPV code"));
    }

    /** The one normaliser: trimmed, without the check digit after the dash, without spaces. */
    public static String normalise(String input) {
        String digits = input == null ? "" : input.strip();
        int dash = digits.indexOf('-');
        if (dash > 0) {
            digits = digits.substring(0, dash);
        }
        return digits.replace(" ", "").replace("\u00a0", "");
    }

    /** Level in the tree: 1 division (XX000000), 2 group, 3 class, 4 category, 5 and deeper. */
    public int level() {
        return Math.max(1, significant().length() - 1);
    }

    /**
     * Whether this code's digits begin with the significant digits of {@code ancestor}, or it is that code: the CPV
     * tree from division to category. Below category level the code list does not always follow its digits
     * (71351911 is not below 71351910); the notices module's CPV catalogue asks the tree itself.
     */
    public boolean isWithin(CpvCode ancestor) {
        return value.startsWith(ancestor.significant());
    }

    /** The division (the first two digits), which groups codes into areas of work. */
    public CpvCode division() {
        return new CpvCode(value.substring(0, 2) + "000000");
    }

    private String significant() {
        String trimmed = value.replaceAll("0+$", "");
        return trimmed.length() < 2 ? value.substring(0, 2) : trimmed;
    }

    @Override
    public int compareTo(CpvCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
