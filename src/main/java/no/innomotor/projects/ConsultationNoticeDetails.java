package no.innomotor.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import org.jspecify.annotations.Nullable;

/**
 * What a buyer writes for the notice that announces a project's market dialogue, beyond the project's own facts
 * (buyer, CPV codes, region and value come from the project and its organisation). Every value may be missing: the
 * notice page lists what the chosen notice needs. Blank texts count as missing.
 *
 * @param noticeType subtype 4 (prior information notice, for information only) or E1 (pre-market consultation)
 * @param languages the publication languages, Norwegian first when chosen
 * @param buyerNuts the county of the buyer's address; missing means the project's region
 * @param titleNorwegian missing means the project's title
 * @param descriptionNorwegian missing means the project's need
 * @param reviewOrgNumber nine digits, already checked
 */
public record ConsultationNoticeDetails(
        MarketConsultationNoticeType noticeType,
        List<MarketConsultationLanguage> languages,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String buyerTown,
        @Nullable String buyerPostcode,
        @Nullable String buyerNuts,
        @Nullable String titleNorwegian,
        @Nullable String titleEnglish,
        @Nullable String descriptionNorwegian,
        @Nullable String descriptionEnglish,
        @Nullable LocalDate responseDeadline,
        @Nullable LocalDate dialogueStart,
        @Nullable LocalDate dialogueEnd,
        @Nullable LocalDate plannedCompetitionNotice,
        @Nullable String responseUrl,
        @Nullable String reviewName,
        @Nullable String reviewOrgNumber,
        @Nullable String reviewTown,
        @Nullable String reviewPostcode,
        @Nullable String reviewNuts) {

    /** The type a new notice starts with: Doffin's usual invitation to a market dialogue. */
    public static final MarketConsultationNoticeType DEFAULT_TYPE = MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY;

    public ConsultationNoticeDetails {
        Objects.requireNonNull(noticeType, "noticeType");
        // Norwegian first: the first language is the notice's main language.
        languages = languages == null
                ? List.of()
                : languages.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        contactName = clean(contactName);
        contactEmail = clean(contactEmail);
        contactPhone = clean(contactPhone);
        buyerTown = clean(buyerTown);
        buyerPostcode = clean(buyerPostcode);
        buyerNuts = clean(buyerNuts);
        titleNorwegian = clean(titleNorwegian);
        titleEnglish = clean(titleEnglish);
        descriptionNorwegian = clean(descriptionNorwegian);
        descriptionEnglish = clean(descriptionEnglish);
        responseUrl = clean(responseUrl);
        reviewName = clean(reviewName);
        reviewOrgNumber = clean(reviewOrgNumber);
        reviewTown = clean(reviewTown);
        reviewPostcode = clean(reviewPostcode);
        reviewNuts = clean(reviewNuts);
    }

    /** Nothing written yet: the default type, both languages (Doffin forwards to TED, which needs English). */
    public static ConsultationNoticeDetails empty() {
        return new ConsultationNoticeDetails(
                DEFAULT_TYPE,
                List.of(MarketConsultationLanguage.NORWEGIAN, MarketConsultationLanguage.ENGLISH),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public boolean hasLanguage(MarketConsultationLanguage language) {
        return languages.contains(language);
    }

    /** Whether any part of the review body is given. */
    public boolean hasReviewBody() {
        return reviewName != null
                || reviewOrgNumber != null
                || reviewTown != null
                || reviewPostcode != null
                || reviewNuts != null;
    }

    /** The values the notice uses where the buyer wrote none: the project's title, need and region. */
    /**
     * The data with what the published announcement says in every field the buyer left empty: contact, title and
     * description in Norwegian, the response deadline, the dialogue period and the announcement's public page as
     * the address to respond to.
     */
    ConsultationNoticeDetails withDialogue(PublishedDialogue dialogue, String baseUrl) {
        return new ConsultationNoticeDetails(
                noticeType,
                languages,
                contactName == null ? dialogue.contactName() : contactName,
                contactEmail == null ? dialogue.contactEmail() : contactEmail,
                contactPhone,
                buyerTown,
                buyerPostcode,
                buyerNuts,
                titleNorwegian == null ? dialogue.title() : titleNorwegian,
                titleEnglish,
                descriptionNorwegian == null ? dialogue.need() : descriptionNorwegian,
                descriptionEnglish,
                responseDeadline == null ? dialogue.responseDeadline() : responseDeadline,
                dialogueStart == null ? dialogue.publishedOn() : dialogueStart,
                dialogueEnd == null ? dialogue.dialogueEnd() : dialogueEnd,
                plannedCompetitionNotice,
                responseUrl == null ? baseUrl + dialogue.path() : responseUrl,
                reviewName,
                reviewOrgNumber,
                reviewTown,
                reviewPostcode,
                reviewNuts);
    }

    ConsultationNoticeDetails withDefaults(String projectTitle, String projectNeed, String projectNuts) {
        return new ConsultationNoticeDetails(
                noticeType,
                languages,
                contactName,
                contactEmail,
                contactPhone,
                buyerTown,
                buyerPostcode,
                buyerNuts == null ? projectNuts : buyerNuts,
                titleNorwegian == null ? projectTitle : titleNorwegian,
                titleEnglish,
                descriptionNorwegian == null ? projectNeed : descriptionNorwegian,
                descriptionEnglish,
                responseDeadline,
                dialogueStart,
                dialogueEnd,
                plannedCompetitionNotice,
                responseUrl,
                reviewName,
                reviewOrgNumber,
                reviewTown,
                reviewPostcode,
                reviewNuts);
    }

    static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
