package no.innomotor.benefits.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An indicator's value in Norwegian format in every language (1 234,5): forms take it back in that form. */
public final class BenefitNumbers {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private BenefitNumbers() {}

    public static String format(@Nullable BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(NORWEGIAN);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(0);
        return format.format(value).replace('\u2212', '-');
    }

    /** A value with its unit, e.g. "42 minutter". */
    public static String withUnit(@Nullable BigDecimal value, String unit) {
        return value == null ? "–" : unit.isBlank() ? format(value) : format(value) + "\u00a0" + unit;
    }
}
