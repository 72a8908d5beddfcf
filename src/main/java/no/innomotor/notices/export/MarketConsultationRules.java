package no.innomotor.notices.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.MarketConsultationCheck;
import no.innomotor.notices.MarketConsultationData;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The checklist before export: every rule here stands for something the eForms SDK (XSD, field definitions or
 * Schematron) demands of subtype 4 or E1, checked on the plain data so the buyer can fix it in the project instead of
 * meeting an invalid file. Patterns and lengths are the SDK's own (fields.json of SDK 1.13).
 */
@Service
class MarketConsultationRules implements MarketConsultationCheck {
    static final String KEY = "notices.export.check.";

    /** BT-21 and BT-24 maximum lengths in the SDK's field definitions. */
    static final int TITLE_MAX = 400;

    static final int DESCRIPTION_MAX = 6000;
    static final int TEXT_MAX = 400;

    /** BT-506's pattern in the SDK. */
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?_-]+(\\.[A-Za-z0-9!#$%&'*+/=?_-]+)*"
            + "@([A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?\\.)+([A-Za-z]{2,})$");
    /** BT-503's pattern in the SDK (at most 30 characters). */
    private static final Pattern PHONE =
            Pattern.compile("^((\\(\\+?[0-9]+\\))|\\+?[0-9]+)( - |-| )?(((\\(\\d+\\))|\\d+)( - |-| )?)*(\\d+)( )?$");
    /** BT-18's pattern in the SDK, narrowed to web addresses: suppliers respond in a browser. */
    private static final Pattern WEB_URL = Pattern.compile("^(http|https|HTTP|HTTPS)://[\\w?!./:;,\\-_=#+*%@\"()&]+$");

    private static final Pattern POSTCODE = Pattern.compile("^\\d{4}$");

    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;
    private final SdkFacts sdk;
    private final Clock clock;

    MarketConsultationRules(CpvCatalogue cpv, NutsCatalogue nuts, SdkFacts sdk, Clock clock) {
        this.cpv = cpv;
        this.nuts = nuts;
        this.sdk = sdk;
        this.clock = clock;
    }

    @Override
    public List<Item> check(MarketConsultationData data, MarketConsultationNoticeType type) {
        boolean pin = type == MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY;
        List<Item> items = new ArrayList<>();
        checkBuyer(data, items);
        checkReviewBody(data, pin, items);
        checkContact(data, pin, items);
        checkTexts(data, items);
        checkCodes(data, items);
        checkDates(data, pin, items);
        if (!pin) {
            String url = trimmed(data.responseUrl());
            if (url == null) {
                items.add(item("response-url-missing"));
            } else if (url.length() > TEXT_MAX || !WEB_URL.matcher(url).matches()) {
                items.add(item("response-url-invalid"));
            }
        }
        Money value = data.estimatedValue();
        if (value != null && (value.isZero() || !value.isNok())) {
            items.add(item("value-invalid"));
        }
        return List.copyOf(items);
    }

    private void checkBuyer(MarketConsultationData data, List<Item> items) {
        if (trimmed(data.buyerName()) == null) {
            items.add(item("buyer-name-missing"));
        }
        String orgNumber = trimmed(data.buyerOrgNumber());
        if (orgNumber == null) {
            items.add(item("buyer-org-number-missing"));
        } else if (OrgNumber.parse(orgNumber).isEmpty()) {
            items.add(item("buyer-org-number-invalid"));
        }
        String legalType = trimmed(data.buyerLegalType());
        if (legalType != null && !sdk.isLegalType(legalType)) {
            items.add(item("buyer-legal-type-invalid", legalType));
        }
        String activity = trimmed(data.buyerActivity());
        if (activity != null && !sdk.isActivity(activity)) {
            items.add(item("buyer-activity-invalid", activity));
        }
        if (trimmed(data.buyerTown()) == null) {
            items.add(item("buyer-town-missing"));
        }
        String postcode = trimmed(data.buyerPostcode());
        if (postcode == null) {
            items.add(item("buyer-postcode-missing"));
        } else if (!POSTCODE.matcher(postcode).matches()) {
            items.add(item("buyer-postcode-invalid"));
        }
        NutsCode buyerNuts = data.buyerNuts();
        if (buyerNuts == null) {
            items.add(item("buyer-nuts-missing"));
        } else if (!nuts.isKnown(buyerNuts)) {
            items.add(item("buyer-nuts-invalid", buyerNuts.value()));
        }
    }

    /** Subtype 4 requires a review organisation; E1 takes one if given, and then it must be complete. */
    private void checkReviewBody(MarketConsultationData data, boolean pin, List<Item> items) {
        MarketConsultationData.ReviewBody body = data.reviewBody();
        if (body == null) {
            if (pin) {
                items.add(item("review-body-missing"));
            }
            return;
        }
        if (trimmed(body.name()) == null) {
            items.add(item("review-body-name-missing"));
        }
        String orgNumber = trimmed(body.orgNumber());
        if (orgNumber == null) {
            items.add(item("review-body-org-number-missing"));
        } else if (OrgNumber.parse(orgNumber).isEmpty()) {
            items.add(item("review-body-org-number-invalid"));
        }
        if (trimmed(body.town()) == null) {
            items.add(item("review-body-town-missing"));
        }
        String postcode = trimmed(body.postcode());
        if (postcode == null) {
            items.add(item("review-body-postcode-missing"));
        } else if (!POSTCODE.matcher(postcode).matches()) {
            items.add(item("review-body-postcode-invalid"));
        }
        NutsCode bodyNuts = body.nuts();
        if (bodyNuts == null) {
            items.add(item("review-body-nuts-missing"));
        } else if (!nuts.isKnown(bodyNuts)) {
            items.add(item("review-body-nuts-invalid", bodyNuts.value()));
        }
    }

    private void checkContact(MarketConsultationData data, boolean pin, List<Item> items) {
        String name = trimmed(data.contactName());
        if (name != null && name.length() > TEXT_MAX) {
            items.add(item("contact-name-too-long", String.valueOf(TEXT_MAX)));
        }
        String email = trimmed(data.contactEmail());
        if (email == null) {
            items.add(item("contact-email-missing"));
        } else if (email.length() > TEXT_MAX || !EMAIL.matcher(email).matches()) {
            items.add(item("contact-email-invalid"));
        }
        String phone = trimmed(data.contactPhone());
        if (phone == null) {
            if (pin) {
                items.add(item("contact-phone-missing"));
            }
        } else if (phone.length() > 30 || !PHONE.matcher(phone).matches()) {
            items.add(item("contact-phone-invalid"));
        }
    }

    private void checkTexts(MarketConsultationData data, List<Item> items) {
        if (data.languages().isEmpty()) {
            items.add(item("languages-missing"));
        } else if (!data.languages().contains(MarketConsultationLanguage.ENGLISH)) {
            // Doffin forwards notices of its "eu" profile to TED, which publishes only the EU's official languages;
            // DFØ's conversion drops the Norwegian texts, so without English nothing would be left to publish.
            items.add(item("english-required"));
        }
        for (MarketConsultationLanguage language : data.languages()) {
            String suffix = language == MarketConsultationLanguage.NORWEGIAN ? "-norwegian" : "-english";
            String title = data.title().in(language);
            if (title == null) {
                items.add(item("title" + suffix + "-missing"));
            } else if (title.strip().length() > TITLE_MAX) {
                items.add(item("title" + suffix + "-too-long", String.valueOf(TITLE_MAX)));
            }
            String description = data.description().in(language);
            if (description == null) {
                items.add(item("description" + suffix + "-missing"));
            } else if (description.strip().length() > DESCRIPTION_MAX) {
                items.add(item("description" + suffix + "-too-long", String.valueOf(DESCRIPTION_MAX)));
            }
        }
    }

    private void checkCodes(MarketConsultationData data, List<Item> items) {
        CpvCode main = data.mainCpv();
        if (main == null) {
            items.add(item("main-cpv-missing"));
        } else if (!cpv.isKnown(main)) {
            items.add(item("cpv-invalid", main.value()));
        }
        for (CpvCode additional : data.additionalCpv()) {
            if (!cpv.isKnown(additional)) {
                items.add(item("cpv-invalid", additional.value()));
            }
        }
        if (data.placesOfPerformance().isEmpty()) {
            items.add(item("place-missing"));
        }
        for (NutsCode place : data.placesOfPerformance()) {
            if (!nuts.isKnown(place)) {
                items.add(item("place-invalid", place.value()));
            }
        }
    }

    private void checkDates(MarketConsultationData data, boolean pin, List<Item> items) {
        LocalDate today = LocalDate.now(clock.withZone(NorwegianTime.ZONE));
        LocalDate deadline = data.responseDeadline();
        LocalDate start = data.dialogueStart();
        LocalDate end = data.dialogueEnd();
        if (deadline == null && start == null && end == null) {
            items.add(item("dates-missing"));
        }
        if ((start == null) != (end == null)) {
            items.add(item("dialogue-period-incomplete"));
        }
        if (deadline != null && !deadline.isAfter(today)) {
            items.add(item("response-deadline-past"));
        }
        if (start != null && start.isBefore(today)) {
            items.add(item("dialogue-start-past"));
        }
        if (end != null && !end.isAfter(today)) {
            items.add(item("dialogue-end-past"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            items.add(item("dialogue-period-reversed"));
        }
        if (pin) {
            LocalDate planned = data.plannedCompetitionNotice();
            if (planned == null) {
                items.add(item("planned-notice-missing"));
            } else if (!planned.isAfter(today)) {
                items.add(item("planned-notice-past"));
            }
        }
    }

    private static Item item(String key, String... arguments) {
        return Item.of(KEY + key, arguments);
    }

    static @Nullable String trimmed(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
