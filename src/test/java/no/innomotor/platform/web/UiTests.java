package no.innomotor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class UiTests {

    private static Ui ui(String lang) {
        return new Ui(
                new StaticMessageSource(),
                Locale.forLanguageTag(lang),
                null,
                List.of(),
                null,
                "n",
                "/",
                null,
                false,
                null,
                path -> path);
    }

    @Test
    void aMomentIsShownTheNorwegianWayOnNorwegianPagesAndTheEnglishWayOnEnglishOnes() {
        Instant moment = Instant.parse("2026-12-02T06:54:00Z");
        assertThat(ui("nb").dateTime(moment)).isEqualTo("02.12.2026 kl. 07:54");
        assertThat(ui("nn").dateTime(moment)).isEqualTo("02.12.2026 kl. 07:54");
        assertThat(ui("en").dateTime(moment)).isEqualTo("2 Dec 2026, 07:54");
    }
}
