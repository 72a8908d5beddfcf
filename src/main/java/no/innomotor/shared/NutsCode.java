package no.innomotor.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A region code of the NUTS classification: the country's two letters followed by up to three characters, one
 * per level ("NO", "NO0A", "NO0A1"; Extra-Regio as "NOZ", "NOZZ", "NOZZZ"). Input is trimmed and upper-cased.
 */
public record NutsCode(String value) implements Comparable<NutsCode>, Serializable {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9A-Z]{0,3}");

    public NutsCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A NUTS code is two letters and up to three characters");
        }
    }

    public static Optional<NutsCode> parse(String input) {
        String code = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        return SHAPE.matcher(code).matches() ? Optional.of(new NutsCode(code)) : Optional.empty();
    }

    public static NutsCode of(String input) {
        return parse(input).orElseThrow(() -> new IllegalArgumentException("Not a NUTS code"));
    }

    /** 0 for a country, 1 to 3 for the levels below it. */
    public int level() {
        return value.length() - 2;
    }

    public String country() {
        return value.substring(0, 2);
    }

    /** Whether this region lies inside {@code wider}, or is it. */
    public boolean isWithin(NutsCode wider) {
        return value.startsWith(wider.value);
    }

    /** The region one level up; a country is its own parent. */
    public NutsCode parent() {
        return level() == 0 ? this : new NutsCode(value.substring(0, value.length() - 1));
    }

    @Override
    public int compareTo(NutsCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
