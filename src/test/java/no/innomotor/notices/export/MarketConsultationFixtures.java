package no.innomotor.notices.export;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.notices.MarketConsultationData;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationText;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;

/** Market-consultation data for tests: complete for both notices, relative to a given day. */
final class MarketConsultationFixtures {

    /** The day {@link ExportTestConfiguration}'s clock stands on. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private MarketConsultationFixtures() {}

    /** Everything, in Norwegian and English, with the optional fields filled in. */
    static MarketConsultationData complete(LocalDate today) {
        return MarketConsultationData.builder()
                .buyer("Lånekassen", "960 885 406")
                .buyerType("cga", "gen-pub")
                .buyerAddress("Oslo", "0510", NutsCode.of("NO081"))
                .contact("Marte Ås", "marte.as@lanekassen.no", "+47 41 48 22 30")
                .reference("PRJ-2026-17")
                .title(MarketConsultationText.of(
                        "Markedsdialog om kontaktsenterløsning", "Market dialogue on a contact centre system"))
                .description(MarketConsultationText.of(
                        "Vi ønsker innspill på løsninger for et nytt kontaktsenter.\nMøter holdes i Oslo.",
                        "We would like input on systems for a new contact centre.\nMeetings are held in Oslo."))
                .cpv(CpvCode.of("79512000"), List.of(CpvCode.of("72000000-5"), CpvCode.of("64000000")))
                .placesOfPerformance(List.of(NutsCode.of("NO081"), NutsCode.of("NO084")))
                .estimatedValue(Money.nok(2500000))
                .responseDeadline(today.plusDays(30))
                .dialoguePeriod(today.plusDays(14), today.plusDays(45))
                .plannedCompetitionNotice(today.plusMonths(4))
                .responseUrl("https://innomotor.no/dialog/42")
                .reviewBody("Oslo tingrett", "926725939", "Oslo", "0125", NutsCode.of("NO081"))
                .languages(MarketConsultationLanguage.NORWEGIAN, MarketConsultationLanguage.ENGLISH)
                .build();
    }

    /** Only what both notices need: one language, no optional fields, a dialogue period instead of a deadline. */
    static MarketConsultationData minimal(LocalDate today, MarketConsultationLanguage language) {
        boolean norwegian = language == MarketConsultationLanguage.NORWEGIAN;
        return MarketConsultationData.builder()
                .buyer("Oslo kommune", "974770482")
                .buyerAddress("Oslo", "0037", NutsCode.of("NO081"))
                .contact(null, "post@oslo.kommune.no", "22 86 00 00")
                .title(
                        norwegian
                                ? MarketConsultationText.norwegian("Smartere snøbrøyting")
                                : MarketConsultationText.english("Smarter snow clearing"))
                .description(
                        norwegian
                                ? MarketConsultationText.norwegian("Vi vil høre fra markedet.")
                                : MarketConsultationText.english("We want to hear from the market."))
                .cpv(CpvCode.of("90620000"), List.of())
                .placesOfPerformance(List.of(NutsCode.of("NO081")))
                .dialoguePeriod(today.plusDays(1), today.plusDays(20))
                .plannedCompetitionNotice(today.plusMonths(6))
                .responseUrl("https://www.oslo.kommune.no/markedsdialog")
                .reviewBody("Oslo tingrett", "926725939", "Oslo", "0125", NutsCode.of("NO081"))
                .languages(language)
                .build();
    }
}
