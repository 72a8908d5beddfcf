package no.innomotor.notices.export;

import static no.innomotor.notices.MarketConsultationNoticeType.PRE_MARKET_CONSULTATION;
import static no.innomotor.notices.MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY;
import static no.innomotor.notices.export.MarketConsultationFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innomotor.notices.MarketConsultationCheck;
import no.innomotor.notices.MarketConsultationCheck.Item;
import no.innomotor.notices.MarketConsultationData;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.notices.MarketConsultationText;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The checklist the buyer sees before export: what each notice needs and the data lacks. */
@SpringJUnitConfig(ExportTestConfiguration.class)
class MarketConsultationCheckTests {

    @Autowired
    MarketConsultationCheck check;

    @Autowired
    MessageSource messages;

    private final MarketConsultationData complete = MarketConsultationFixtures.complete(TODAY);

    @ParameterizedTest
    @EnumSource(MarketConsultationNoticeType.class)
    void completeDataHasAnEmptyChecklist(MarketConsultationNoticeType type) {
        assertThat(check.check(complete, type)).isEmpty();
        assertThat(check.check(MarketConsultationFixtures.minimal(TODAY, MarketConsultationLanguage.ENGLISH), type))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MarketConsultationNoticeType.class)
    void emptyDataListsEverythingTheNoticeNeeds(MarketConsultationNoticeType type) {
        List<String> keys = keys(MarketConsultationData.builder().build(), type);

        assertThat(keys)
                .contains(
                        key("buyer-name-missing"),
                        key("buyer-org-number-missing"),
                        key("buyer-town-missing"),
                        key("buyer-postcode-missing"),
                        key("buyer-nuts-missing"),
                        key("contact-email-missing"),
                        key("languages-missing"),
                        key("main-cpv-missing"),
                        key("place-missing"),
                        key("dates-missing"));
        if (type == PRIOR_INFORMATION_ONLY) {
            assertThat(keys)
                    .contains(key("contact-phone-missing"), key("review-body-missing"), key("planned-notice-missing"))
                    .doesNotContain(key("response-url-missing"));
        } else {
            assertThat(keys)
                    .contains(key("response-url-missing"))
                    .doesNotContain(
                            key("contact-phone-missing"), key("review-body-missing"), key("planned-notice-missing"));
        }
    }

    @Test
    void missingTitleAndDescriptionAreListedPerPublicationLanguage() {
        MarketConsultationData data = complete.toBuilder()
                .title(MarketConsultationText.english("Only English"))
                .description(new MarketConsultationText("Bare norsk", "   "))
                .build();

        assertThat(keys(data, PRIOR_INFORMATION_ONLY))
                .containsExactly(key("title-norwegian-missing"), key("description-english-missing"));
    }

    @Test
    void tooLongTextsAreListedWithTheLimit() {
        MarketConsultationData data = complete.toBuilder()
                .title(MarketConsultationText.of("x".repeat(401), "ok"))
                .description(MarketConsultationText.of("ok", "y".repeat(6001)))
                .build();

        assertThat(check.check(data, PRE_MARKET_CONSULTATION))
                .containsExactly(
                        Item.of(key("title-norwegian-too-long"), "400"),
                        Item.of(key("description-english-too-long"), "6000"));
    }

    @Test
    void unknownCpvAndNutsCodesAreListedWithTheCode() {
        MarketConsultationData data = complete.toBuilder()
                .cpv(CpvCode.of("12345678"), List.of(CpvCode.of("72000000"), CpvCode.of("99999999-1")))
                .placesOfPerformance(List.of(NutsCode.of("NO081"), NutsCode.of("SE110")))
                .buyerAddress("Oslo", "0510", NutsCode.of("NO999"))
                .build();

        assertThat(check.check(data, PRE_MARKET_CONSULTATION))
                .containsExactly(
                        Item.of(key("buyer-nuts-invalid"), "NO999"),
                        Item.of(key("cpv-invalid"), "12345678"),
                        Item.of(key("cpv-invalid"), "99999999"),
                        Item.of(key("place-invalid"), "SE110"));
    }

    @Test
    void cpvWithCheckDigitAndLowerCaseNutsAreAccepted() {
        MarketConsultationData data = complete.toBuilder()
                .cpv(CpvCode.of("79512000-2"), List.of())
                .placesOfPerformance(List.of(NutsCode.of("no081")))
                .build();

        assertThat(check.check(data, PRIOR_INFORMATION_ONLY)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MarketConsultationNoticeType.class)
    void datesTodayOrInThePastAreListed(MarketConsultationNoticeType type) {
        MarketConsultationData data = complete.toBuilder()
                .responseDeadline(TODAY)
                .dialoguePeriod(TODAY.minusDays(1), TODAY)
                .plannedCompetitionNotice(TODAY.minusMonths(1))
                .build();

        List<String> expected = new ArrayList<>(
                List.of(key("response-deadline-past"), key("dialogue-start-past"), key("dialogue-end-past")));
        if (type == PRIOR_INFORMATION_ONLY) {
            expected.add(key("planned-notice-past"));
        }
        assertThat(keys(data, type)).containsExactlyElementsOf(expected);
    }

    @Test
    void aDialoguePeriodNeedsBothEndsInOrder() {
        assertThat(keys(
                        complete.toBuilder()
                                .dialoguePeriod(TODAY.plusDays(3), null)
                                .build(),
                        PRE_MARKET_CONSULTATION))
                .containsExactly(key("dialogue-period-incomplete"));
        assertThat(keys(
                        complete.toBuilder()
                                .dialoguePeriod(TODAY.plusDays(9), TODAY.plusDays(3))
                                .build(),
                        PRE_MARKET_CONSULTATION))
                .containsExactly(key("dialogue-period-reversed"));
    }

    @Test
    void eitherADeadlineOrADialoguePeriodIsEnough() {
        assertThat(check.check(complete.toBuilder().dialoguePeriod(null, null).build(), PRE_MARKET_CONSULTATION))
                .isEmpty();
        assertThat(check.check(complete.toBuilder().responseDeadline(null).build(), PRE_MARKET_CONSULTATION))
                .isEmpty();
    }

    @Test
    void malformedContactAndBuyerValuesAreListed() {
        MarketConsultationData data = complete.toBuilder()
                .buyer("Lånekassen", "960885407")
                .buyerAddress("Oslo", "05100", NutsCode.of("NO081"))
                .buyerType("municipality", "schools")
                .contact("x".repeat(401), "not-an-address", "call me")
                .responseUrl("innomotor.no/dialog")
                .estimatedValue(Money.nok(0))
                .build();

        assertThat(check.check(data, PRE_MARKET_CONSULTATION))
                .containsExactly(
                        Item.of(key("buyer-org-number-invalid")),
                        Item.of(key("buyer-legal-type-invalid"), "municipality"),
                        Item.of(key("buyer-activity-invalid"), "schools"),
                        Item.of(key("buyer-postcode-invalid")),
                        Item.of(key("contact-name-too-long"), "400"),
                        Item.of(key("contact-email-invalid")),
                        Item.of(key("contact-phone-invalid")),
                        Item.of(key("response-url-invalid")),
                        Item.of(key("value-invalid")));
    }

    @Test
    void anEstimatedValueInAnotherCurrencyThanKronerIsListed() {
        MarketConsultationData data = complete.toBuilder()
                .estimatedValue(Money.of(new BigDecimal("250000"), "EUR"))
                .build();

        assertThat(check.check(data, PRIOR_INFORMATION_ONLY)).containsExactly(Item.of(key("value-invalid")));
    }

    @Test
    void anIncompleteReviewBodyIsListedForBothNotices() {
        MarketConsultationData data = complete.toBuilder()
                .reviewBody(null, "123", " ", "12", NutsCode.of("XX000"))
                .build();

        for (MarketConsultationNoticeType type : MarketConsultationNoticeType.values()) {
            assertThat(check.check(data, type))
                    .containsExactly(
                            Item.of(key("review-body-name-missing")),
                            Item.of(key("review-body-org-number-invalid")),
                            Item.of(key("review-body-town-missing")),
                            Item.of(key("review-body-postcode-invalid")),
                            Item.of(key("review-body-nuts-invalid"), "XX000"));
        }
    }

    @Test
    void theE1NoticeNeedsNoPhoneReviewBodyOrPlannedDate() {
        MarketConsultationData data = complete.toBuilder()
                .contact(null, "post@lanekassen.no", null)
                .reviewBody(null)
                .plannedCompetitionNotice(null)
                .build();

        assertThat(check.check(data, PRE_MARKET_CONSULTATION)).isEmpty();
        assertThat(keys(data, PRIOR_INFORMATION_ONLY))
                .containsExactly(
                        key("review-body-missing"), key("contact-phone-missing"), key("planned-notice-missing"));
    }

    @ParameterizedTest
    @EnumSource(MarketConsultationNoticeType.class)
    void aNorwegianOnlyNoticeNeedsEnglishForTed(MarketConsultationNoticeType type) {
        MarketConsultationData data = MarketConsultationFixtures.minimal(TODAY, MarketConsultationLanguage.NORWEGIAN);

        assertThat(keys(data, type)).containsExactly(key("english-required"));
    }

    @Test
    void everyChecklistItemHasATextInBokmalNynorskAndEnglish() throws java.io.IOException {
        List<Item> items = new ArrayList<>();
        for (MarketConsultationNoticeType type : MarketConsultationNoticeType.values()) {
            items.addAll(check.check(MarketConsultationData.builder().build(), type));
            items.addAll(check.check(
                    MarketConsultationData.builder()
                            .buyer("x", "1")
                            .buyerType("x", "x")
                            .buyerAddress("x", "x", NutsCode.of("XX"))
                            .contact("x".repeat(401), "x", "x")
                            .reviewBody("", "1", "", "x", NutsCode.of("XX"))
                            .title(MarketConsultationText.norwegian("x".repeat(401)))
                            .description(MarketConsultationText.norwegian("x".repeat(6001)))
                            .languages(MarketConsultationLanguage.NORWEGIAN, MarketConsultationLanguage.ENGLISH)
                            .cpv(CpvCode.of("99999999"), List.of())
                            .placesOfPerformance(List.of(NutsCode.of("XX")))
                            .estimatedValue(Money.of(BigDecimal.ONE, "EUR"))
                            .responseDeadline(TODAY)
                            .dialoguePeriod(TODAY.minusDays(2), TODAY.minusDays(3))
                            .plannedCompetitionNotice(TODAY)
                            .responseUrl("x")
                            .build(),
                    type));
            items.addAll(
                    check.check(MarketConsultationFixtures.minimal(TODAY, MarketConsultationLanguage.NORWEGIAN), type));
            items.addAll(check.check(
                    MarketConsultationData.builder()
                            .reviewBody("", "", "", "", null)
                            .title(MarketConsultationText.english("x".repeat(401)))
                            .description(MarketConsultationText.english("x".repeat(6001)))
                            .languages(MarketConsultationLanguage.ENGLISH, MarketConsultationLanguage.NORWEGIAN)
                            .dialoguePeriod(TODAY.plusDays(1), null)
                            .build(),
                    type));
        }
        assertThat(items.stream().map(Item::messageKey).distinct()).containsExactlyInAnyOrderElementsOf(bundleKeys());
        for (Item item : items) {
            for (Locale locale : List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"), Locale.ENGLISH)) {
                String text =
                        messages.getMessage(item.messageKey(), item.arguments().toArray(), null, locale);
                assertThat(text).as(item + " in " + locale).isNotBlank().doesNotContain("{0}");
                item.arguments().forEach(argument -> assertThat(text).contains(argument));
            }
        }
    }

    /** The checklist keys in the bokmål bundle (the other two have the same keys; MessageBundleTests checks it). */
    private static List<String> bundleKeys() throws java.io.IOException {
        java.util.Properties bundle = new java.util.Properties();
        try (java.io.InputStream in = MarketConsultationCheckTests.class.getResourceAsStream("/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return bundle.stringPropertyNames().stream()
                .filter(name -> name.startsWith(key("")))
                .toList();
    }

    private List<String> keys(MarketConsultationData data, MarketConsultationNoticeType type) {
        return check.check(data, type).stream().map(Item::messageKey).toList();
    }

    private static String key(String item) {
        return "notices.export.check." + item;
    }
}
