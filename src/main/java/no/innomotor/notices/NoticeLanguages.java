package no.innomotor.notices;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** eForms names languages by three-letter codes (ENG, NOR, NOB, FRA …); web pages want BCP 47 tags (en, no, nb …). */
final class NoticeLanguages {

    private static final Map<String, String> TAGS = new HashMap<>();

    static {
        for (String language : Locale.getISOLanguages()) {
            try {
                TAGS.put(Locale.forLanguageTag(language).getISO3Language().toUpperCase(Locale.ROOT), language);
            } catch (java.util.MissingResourceException e) {
                // A language without a three-letter code cannot appear in a notice.
            }
        }
        TAGS.put("NOR", "no");
        TAGS.put("NOB", "nb");
        TAGS.put("NNO", "nn");
    }

    private NoticeLanguages() {}

    /** The BCP 47 tag for an eForms language code; the code itself, lower case, when unknown. */
    public static String tag(String eformsCode) {
        String code = eformsCode.trim().toUpperCase(Locale.ROOT);
        return TAGS.getOrDefault(code, code.toLowerCase(Locale.ROOT));
    }

    /** The eForms language codes a reader of this locale prefers, best first. */
    static List<String> preferred(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nb", "no" -> List.of("NOB", "NOR", "NNO", "DAN", "SWE", "ENG");
            case "nn" -> List.of("NNO", "NOR", "NOB", "DAN", "SWE", "ENG");
            case "en" -> List.of("ENG");
            default -> List.of(locale.getISO3Language().toUpperCase(Locale.ROOT), "ENG");
        };
    }
}
