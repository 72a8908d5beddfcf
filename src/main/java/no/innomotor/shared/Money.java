package no.innomotor.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * An amount of money in one currency, never negative: budgets, estimates, grants and prizes are. Amounts the
 * platform's users type are whole Norwegian kroner ({@link #parseNok}); notices from elsewhere may state
 * other currencies and decimals, which are kept as written. Display goes through the platform's Norwegian
 * money format.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency NOK = Currency.getInstance("NOK");

    /** A bound well above any public budget, so sums and conversions never overflow. */
    public static final long MAX_KRONER = 1_000_000_000_000_000L;

    private static final BigDecimal MAX = BigDecimal.valueOf(MAX_KRONER);

    public static final Money ZERO_NOK = nok(0);

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("An amount of money has an amount and a currency");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("An amount of money is between 0 and " + MAX_KRONER);
        }
        amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    public static Money nok(long kroner) {
        return new Money(BigDecimal.valueOf(kroner), NOK);
    }

    /** An amount as a notice states it; an unknown currency code is refused. */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, Currency.getInstance(currencyCode.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean isNok() {
        return NOK.equals(currency);
    }

    /** Whole kroner; only for amounts in NOK without øre, as every amount typed into the platform is. */
    public long kroner() {
        if (!isNok() || amount.scale() > 0) {
            throw new IllegalStateException("Not an amount in whole kroner");
        }
        return amount.longValueExact();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** What a person typed, as whole kroner: empty when {@link #inspectNok} does not answer OK. */
    public static Optional<Money> parseNok(String input) {
        return inspectNok(input) == Parsed.OK ? Optional.of(nok(Long.parseLong(compact(input)))) : Optional.empty();
    }

    /** Why a typed amount in kroner is or is not acceptable, so a form can say which. */
    public enum Parsed {
        OK,
        EMPTY,
        NEGATIVE,
        NOT_A_WHOLE_NUMBER,
        TOO_LARGE
    }

    /**
     * Accepts spaces (also no-break and narrow no-break) and dots as thousands separators, and kr before or
     * after, or a comma and dash after, as Norwegians write amounts: 1 500 000 kr, kr 1.500.000 or 1500000,-.
     * (Plain words on purpose: the module documentation's JSON reader stumbles on quoted commas in comments.)
     */
    public static Parsed inspectNok(String input) {
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
        if (digits.length() > 16 || Long.parseLong(digits) > MAX_KRONER) {
            return Parsed.TOO_LARGE;
        }
        return Parsed.OK;
    }

    private static String compact(String input) {
        String text = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (text.endsWith("kr")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.startsWith("kr")) {
            text = text.substring(2);
        } else if (text.endsWith(",-")) {
            text = text.substring(0, text.length() - 2);
        }
        return text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(".", "");
    }

    /** Amounts compare only within one currency: the platform converts nothing. */
    @Override
    public int compareTo(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Amounts in different currencies do not compare");
        }
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
