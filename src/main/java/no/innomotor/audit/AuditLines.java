package no.innomotor.audit;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.shared.AuditableEvent.Label;
import no.innomotor.shared.AuditableEvent.Nok;
import no.innomotor.shared.NorwegianTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a record in the reader's language: the sentence {@code audit.action.<code>} with its named parameters
 * (a name in curly brackets) filled from the stored details, formatted for the locale (Norwegian 2. desember 2026 kl. 14:05 and
 * 3 000 000 kr, English 2 December 2026, 14:05); labels are translated. A record without details, or whose action
 * has no sentence, shows its stored summary.
 */
@Component
public class AuditLines {
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final MessageSource messages;

    AuditLines(MessageSource messages) {
        this.messages = messages;
    }

    /** The short name of an action, e.g. "Prosjektet ble opprettet"; the code itself where none is known. */
    public String name(String action, Locale locale) {
        return messages.getMessage("audit.action." + action + ".name", null, action, locale);
    }

    /** The sentence for a record, or its fallback summary. */
    String line(String action, @Nullable String details, String summary, Locale locale) {
        String pattern = messages.getMessage("audit.action." + action, null, null, locale);
        if (pattern == null || (details == null && PARAMETER.matcher(pattern).find())) {
            return summary;
        }
        return fill(pattern, AuditDetails.read(details), locale);
    }

    /**
     * Typed parameters as text to keep (JSON naming each value's type), for other modules that render a sentence
     * later in the reader's language, as the inbox does; the values are those {@code AuditableEvent.details()}
     * allows. Null when there are none.
     */
    public static @Nullable String store(Map<String, @Nullable Object> parameters) {
        return AuditDetails.write(parameters);
    }

    /** The sentence under {@code key} with its named parameters filled from {@link #store stored} values. */
    public String sentence(String key, @Nullable String stored, Locale locale) {
        return fill(messages.getMessage(key, null, key, locale), AuditDetails.read(stored), locale);
    }

    private String fill(String pattern, Map<String, @Nullable Object> values, Locale locale) {
        Matcher matcher = PARAMETER.matcher(pattern);
        StringBuilder line = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.containsKey(name) ? format(values.get(name), locale) : matcher.group();
            matcher.appendReplacement(line, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(line);
        return line.toString();
    }

    /** One value for the reader: dates, times, amounts and numbers in the locale's format, labels translated. */
    String format(@Nullable Object value, Locale locale) {
        if (value == null) {
            return messages.getMessage("audit.value.none", null, "–", locale);
        } else if (value instanceof Nok nok) {
            return number(nok.amount(), locale) + (english(locale) ? "\u00a0NOK" : "\u00a0kr");
        } else if (value instanceof Label label) {
            return messages.getMessage(label.key(), null, label.key(), locale);
        } else if (value instanceof LocalDate date) {
            return dateFormat(locale).format(date);
        } else if (value instanceof Instant instant) {
            return dateTimeFormat(locale).format(instant.atZone(NorwegianTime.ZONE));
        } else if (value instanceof Boolean bool) {
            return messages.getMessage("audit.value." + bool, null, bool.toString(), locale);
        } else if (value instanceof Long || value instanceof Integer) {
            return number((Number) value, locale);
        } else if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? messages.getMessage("audit.value.none", null, "–", locale)
                    : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static String number(Number value, Locale locale) {
        return NumberFormat.getIntegerInstance(english(locale) ? Locale.UK : Locale.forLanguageTag("nb-NO"))
                .format(value);
    }

    private static DateTimeFormatter dateFormat(Locale locale) {
        return english(locale)
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                : DateTimeFormatter.ofPattern("d. MMMM yyyy", norwegian(locale));
    }

    private static DateTimeFormatter dateTimeFormat(Locale locale) {
        return english(locale)
                ? DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
                : DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", norwegian(locale));
    }

    private static Locale norwegian(Locale locale) {
        return "nn".equals(locale.getLanguage()) ? Locale.forLanguageTag("nn-NO") : Locale.forLanguageTag("nb-NO");
    }
}
