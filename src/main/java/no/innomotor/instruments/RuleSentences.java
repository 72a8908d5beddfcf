package no.innomotor.instruments;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A rule's result as a sentence in the reader's language: why it is met or not ("The scheme is for municipalities and
 * counties; the applicant is a municipality"), and for a rule not met, what would make it fit. The rule's values are
 * named as the reader knows them: organisation types, size classes, roadmap steps, regions by name, amounts in
 * Norwegian format.
 */
@Component
public class RuleSentences {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;
    private final NutsCatalogue nuts;

    RuleSentences(MessageSource messages, NutsCatalogue nuts) {
        this.messages = messages;
        this.nuts = nuts;
    }

    /** Why the rule is met, not met, or cannot be told (a fact unknown). */
    public String text(RuleResult result, Locale locale) {
        String state = result.met() ? "met" : result.known() ? "unmet" : "unknown";
        return t(
                "instruments.rule." + result.code() + "." + state,
                locale,
                ruleValues(result, locale),
                subjectValues(result, locale));
    }

    /** The rule on its own, as the instrument's page lists it ("For municipalities or counties"). */
    public String describe(Rule rule, Locale locale) {
        return t(
                "instruments.rule." + rule.code() + ".describe",
                locale,
                ruleValues(new RuleResult(rule, false, false, java.util.List.of()), locale));
    }

    /** What would make the rule met. */
    public String fix(RuleResult result, Locale locale) {
        return t(
                "instruments.rule." + result.code() + ".fix",
                locale,
                ruleValues(result, locale),
                subjectValues(result, locale));
    }

    /** A short name of the rule, for a table's column or a list's label. */
    public String name(RuleCode code, Locale locale) {
        return t("instruments.rule." + code + ".name", locale);
    }

    private String ruleValues(RuleResult result, Locale locale) {
        Rule rule = result.rule();
        if (rule.code() == RuleCode.AMOUNT) {
            if (rule.min() != null && rule.max() != null) {
                return t("instruments.amount.between", locale, money(rule.min()), money(rule.max()));
            }
            return rule.min() != null
                    ? t("instruments.amount.atLeast", locale, money(rule.min()))
                    : t("instruments.amount.atMost", locale, money(rule.max()));
        }
        return values(rule.code(), rule.values(), locale);
    }

    private String subjectValues(RuleResult result, Locale locale) {
        if (result.code() == RuleCode.AMOUNT) {
            return result.subjectValues().stream()
                    .map(v -> money(Long.parseLong(v)))
                    .collect(Collectors.joining(", "));
        }
        return values(result.code(), result.subjectValues(), locale);
    }

    private String values(RuleCode code, List<String> values, Locale locale) {
        List<String> names = values.stream().map(v -> value(code, v, locale)).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1))
                + t("instruments.list.or", locale)
                + names.get(names.size() - 1);
    }

    private String value(RuleCode code, String value, Locale locale) {
        return switch (code) {
            case AUDIENCE -> t("instruments.audience.of." + value, locale);
            case ORGANISATION_TYPE -> lower(t("organisations.type." + value, locale), locale);
            case SIZE_CLASS -> lower(t("suppliers.size." + value, locale), locale);
            case ROADMAP_STEP -> value;
            case REGION -> regionName(value, locale);
            case SECTOR -> t("instruments.sector.cpv", locale, value);
            case AMOUNT -> money(Long.parseLong(value));
            case SIGNED_MANDATE, PILOT_CUSTOMER -> "";
        };
    }

    /** A region by its name (a county, or "all of Norway"), otherwise by its code. */
    public String regionName(String code, Locale locale) {
        if (code.equals("NO")) {
            return t("instruments.region.NO", locale);
        }
        return nuts.find(code).map(NutsRegion::name).orElse(code);
    }

    /** An amount in whole kroner in Norwegian format: 1 234 567 kr. */
    public static String money(long nok) {
        return NumberFormat.getIntegerInstance(NORWEGIAN).format(nok) + "\u00a0kr";
    }

    private static String lower(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(locale) + text.substring(1);
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
