package no.innomotor.projects;

import java.util.Optional;

/**
 * An amount in whole Norwegian kroner, never negative. Input may carry spaces as thousands separators and a
 * trailing kr (1 500 000 kr); display goes through the platform's Norwegian money format.
 */
public record NokAmount(long kroner) implements Comparable<NokAmount> {

    /** A bound well above any public budget, so sums and conversions never overflow. */
    public static final long MAX = 1_000_000_000_000_000L;

    public static final NokAmount ZERO = new NokAmount(0);

    public NokAmount {
        if (kroner < 0 || kroner > MAX) {
            throw new IllegalArgumentException("An amount in kroner is between 0 and " + MAX);
        }
    }

    public static NokAmount of(long kroner) {
        return new NokAmount(kroner);
    }

    /** What a person typed, as a parse result: empty when it is not a whole, non-negative number of kroner. */
    public static Optional<NokAmount> parse(String input) {
        Parsed parsed = inspect(input);
        return parsed == Parsed.OK ? Optional.of(new NokAmount(digitsOf(input))) : Optional.empty();
    }

    /** Why a typed amount is or is not acceptable. */
    public enum Parsed {
        OK,
        EMPTY,
        NEGATIVE,
        NOT_A_WHOLE_NUMBER,
        TOO_LARGE
    }

    public static Parsed inspect(String input) {
        String compact = compact(input);
        if (compact.isEmpty()) {
            return Parsed.EMPTY;
        }
        if (compact.startsWith("-") || compact.startsWith("\u2212")) {
            return Parsed.NEGATIVE;
        }
        if (!compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Parsed.NOT_A_WHOLE_NUMBER;
        }
        String digits = compact.replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 16 || Long.parseLong(digits) > MAX) {
            return Parsed.TOO_LARGE;
        }
        return Parsed.OK;
    }

    private static long digitsOf(String input) {
        return Long.parseLong(compact(input));
    }

    private static String compact(String input) {
        String text = input == null ? "" : input.trim().toLowerCase(java.util.Locale.ROOT);
        if (text.endsWith("kr")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.startsWith("kr")) {
            text = text.substring(2);
        } else if (text.endsWith(",-")) {
            text = text.substring(0, text.length() - 2);
        }
        return text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(".", "");
    }

    @Override
    public int compareTo(NokAmount other) {
        return Long.compare(kroner, other.kroner);
    }
}
