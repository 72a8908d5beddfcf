package no.innomotor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.innomotor.shared.Money;
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

    @Test
    void kronerAreShownWithKrAndOtherCurrenciesWithTheirCode() {
        assertThat(ui("nb").money(Money.nok(1_500_000))).isEqualTo("1\u00a0500\u00a0000\u00a0kr");
        assertThat(ui("nb").money(Money.of(new BigDecimal("250000"), "EUR"))).isEqualTo("250\u00a0000 EUR");
        assertThat(ui("nb").money((Money) null)).isEmpty();
    }
}
