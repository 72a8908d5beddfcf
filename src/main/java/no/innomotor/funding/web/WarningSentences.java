package no.innomotor.funding.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.innomotor.funding.FundingWarning;
import no.innomotor.funding.FundingWarning.CapExceeded;
import no.innomotor.funding.FundingWarning.DoubleCoverage;
import no.innomotor.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A project's funding warnings as sentences in the reader's language, for the page and the API alike: both entries and
 * the shared cost categories of a double coverage; the cap, the amounts and the total cost of a cap exceeded, in the
 * Norwegian money format (1 234 567 kr) and dates as dd.MM.yyyy, as the platform writes them in every language.
 */
@Component
class WarningSentences {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    WarningSentences(MessageSource messages) {
        this.messages = messages;
    }

    List<String> of(List<FundingWarning> warnings, Locale locale) {
        return warnings.stream().map(w -> sentence(w, locale)).toList();
    }

    String sentence(FundingWarning warning, Locale locale) {
        if (warning instanceof DoubleCoverage overlap) {
            return t(
                    "funding.warning.doubleCoverage",
                    locale,
                    overlap.first().instrumentName(),
                    overlap.first().actorName(),
                    overlap.second().instrumentName(),
                    overlap.second().actorName(),
                    overlap.categories().stream()
                            .map(c -> t("costCategory." + c.name(), locale).toLowerCase(locale))
                            .collect(Collectors.joining(", ")),
                    date(overlap.from()),
                    date(overlap.to()));
        }
        CapExceeded cap = (CapExceeded) warning;
        return t(
                "funding.warning.capExceeded",
                locale,
                cap.entry().instrumentName(),
                cap.entry().actorName(),
                String.valueOf(cap.capPercent()),
                money(cap.totalCost()),
                money(cap.allowed()),
                money(cap.granted()));
    }

    static String money(Money money) {
        return NumberFormat.getIntegerInstance(NORWEGIAN).format(money.amount()) + "\u00a0kr";
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
