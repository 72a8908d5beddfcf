package no.innomotor.instruments.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in Norwegian format, as the rule sentences write them: 1 234 567 kr. */
final class RuleSentencesFormat {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private RuleSentencesFormat() {}

    static String money(long nok) {
        return NumberFormat.getIntegerInstance(NORWEGIAN).format(nok) + "\u00a0kr";
    }
}
