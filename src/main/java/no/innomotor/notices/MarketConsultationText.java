package no.innomotor.notices;

import org.jspecify.annotations.Nullable;

/** A text of the notice in each publication language; a language the notice is not published in may be absent. */
public record MarketConsultationText(
        @Nullable String norwegian, @Nullable String english) {

    public static MarketConsultationText norwegian(String text) {
        return new MarketConsultationText(text, null);
    }

    public static MarketConsultationText english(String text) {
        return new MarketConsultationText(null, text);
    }

    public static MarketConsultationText of(String norwegian, String english) {
        return new MarketConsultationText(norwegian, english);
    }

    /** The text in that language, or null when it is absent or blank. */
    public @Nullable String in(MarketConsultationLanguage language) {
        String text = language == MarketConsultationLanguage.NORWEGIAN ? norwegian : english;
        return text == null || text.isBlank() ? null : text;
    }
}
