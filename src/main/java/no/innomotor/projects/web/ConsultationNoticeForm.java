package no.innomotor.projects.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.projects.ConsultationNoticeDetails;
import no.innomotor.projects.ConsultationNoticeView;
import no.innomotor.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The notice data as typed. Everything may be left empty (the checklist says what the chosen notice needs), but what
 * is typed must be well-formed: the e-mail, telephone, post code and web address patterns are the eForms SDK's, so a
 * saved value never turns up in the checklist as invalid; dates must not lie in the past.
 */
public class ConsultationNoticeForm {

    /** BT-506's pattern in the eForms SDK. */
    static final String EMAIL = "^[A-Za-z0-9!#$%&'*+/=?_-]+(\\.[A-Za-z0-9!#$%&'*+/=?_-]+)*"
            + "@([A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?\\.)+([A-Za-z]{2,})$";
    /** BT-503's pattern in the eForms SDK. */
    static final String PHONE = "^((\\(\\+?[0-9]+\\))|\\+?[0-9]+)( - |-| )?(((\\(\\d+\\))|\\d+)( - |-| )?)*(\\d+)( )?$";
    /** BT-18's pattern in the eForms SDK, narrowed to web addresses. */
    static final String WEB_URL = "^(http|https|HTTP|HTTPS)://[\\w?!./:;,\\-_=#+*%@\"()&]+$";

    static final String POSTCODE = "^\\d{4}$";

    @NotNull(message = "{projects.notice.noticeType.required}")
    private @Nullable MarketConsultationNoticeType noticeType;

    private List<MarketConsultationLanguage> languages = new ArrayList<>();

    @Size(max = 200, message = "{projects.notice.name.tooLong}")
    private @Nullable String contactName;

    @Size(max = 254, message = "{projects.notice.contactEmail.invalid}")
    @Email(regexp = EMAIL, message = "{projects.notice.contactEmail.invalid}")
    private @Nullable String contactEmail;

    @Size(max = 30, message = "{projects.notice.contactPhone.invalid}")
    @Pattern(regexp = PHONE, message = "{projects.notice.contactPhone.invalid}")
    private @Nullable String contactPhone;

    @Size(max = 100, message = "{projects.notice.town.tooLong}")
    private @Nullable String buyerTown;

    @Pattern(regexp = POSTCODE, message = "{projects.notice.postcode.invalid}")
    private @Nullable String buyerPostcode;

    @Size(max = 10, message = "{projects.notice.nuts.unknown}")
    private @Nullable String buyerNuts;

    @Size(max = 400, message = "{projects.notice.title.tooLong}")
    private @Nullable String titleNorwegian;

    @Size(max = 400, message = "{projects.notice.title.tooLong}")
    private @Nullable String titleEnglish;

    @Size(max = 6_000, message = "{projects.notice.description.tooLong}")
    private @Nullable String descriptionNorwegian;

    @Size(max = 6_000, message = "{projects.notice.description.tooLong}")
    private @Nullable String descriptionEnglish;

    /** Dates as typed; a date input sends yyyy-MM-dd. */
    @Size(max = 20, message = "{projects.notice.date.invalid}")
    private @Nullable String responseDeadline;

    @Size(max = 20, message = "{projects.notice.date.invalid}")
    private @Nullable String dialogueStart;

    @Size(max = 20, message = "{projects.notice.date.invalid}")
    private @Nullable String dialogueEnd;

    @Size(max = 20, message = "{projects.notice.date.invalid}")
    private @Nullable String plannedCompetitionNotice;

    @Size(max = 400, message = "{projects.notice.responseUrl.tooLong}")
    @Pattern(regexp = WEB_URL, message = "{projects.notice.responseUrl.invalid}")
    private @Nullable String responseUrl;

    @Size(max = 200, message = "{projects.notice.name.tooLong}")
    private @Nullable String reviewName;

    @OrgNumberFormat(message = "{projects.notice.orgNumber.invalid}")
    private @Nullable String reviewOrgNumber;

    @Size(max = 100, message = "{projects.notice.town.tooLong}")
    private @Nullable String reviewTown;

    @Pattern(regexp = POSTCODE, message = "{projects.notice.postcode.invalid}")
    private @Nullable String reviewPostcode;

    @Size(max = 10, message = "{projects.notice.nuts.unknown}")
    private @Nullable String reviewNuts;

    private long version;

    static ConsultationNoticeForm of(ConsultationNoticeView view) {
        return of(view.details(), view.version());
    }

    static ConsultationNoticeForm of(ConsultationNoticeDetails details, long version) {
        ConsultationNoticeForm form = new ConsultationNoticeForm();
        form.noticeType = details.noticeType();
        form.languages = new ArrayList<>(details.languages());
        form.contactName = details.contactName();
        form.contactEmail = details.contactEmail();
        form.contactPhone = details.contactPhone();
        form.buyerTown = details.buyerTown();
        form.buyerPostcode = details.buyerPostcode();
        form.buyerNuts = details.buyerNuts();
        form.titleNorwegian = details.titleNorwegian();
        form.titleEnglish = details.titleEnglish();
        form.descriptionNorwegian = details.descriptionNorwegian();
        form.descriptionEnglish = details.descriptionEnglish();
        form.responseDeadline = text(details.responseDeadline());
        form.dialogueStart = text(details.dialogueStart());
        form.dialogueEnd = text(details.dialogueEnd());
        form.plannedCompetitionNotice = text(details.plannedCompetitionNotice());
        form.responseUrl = details.responseUrl();
        form.reviewName = details.reviewName();
        form.reviewOrgNumber = details.reviewOrgNumber();
        form.reviewTown = details.reviewTown();
        form.reviewPostcode = details.reviewPostcode();
        form.reviewNuts = details.reviewNuts();
        form.version = version;
        return form;
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * The details to save, or null with the errors next to the fields: dates that are not dates or lie before
     * {@code today}, and a dialogue that ends before it begins.
     */
    @Nullable
    ConsultationNoticeDetails details(Errors errors, LocalDate today) {
        LocalDate deadline = date("responseDeadline", responseDeadline, errors, today);
        LocalDate start = date("dialogueStart", dialogueStart, errors, today);
        LocalDate end = date("dialogueEnd", dialogueEnd, errors, today);
        LocalDate planned = date("plannedCompetitionNotice", plannedCompetitionNotice, errors, today);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("dialogueEnd", "projects.notice.dialogueEnd.beforeStart");
        }
        if (errors.hasErrors() || noticeType == null) {
            return null;
        }
        String orgNumber = reviewOrgNumber == null
                ? null
                : OrgNumber.parse(reviewOrgNumber.strip()).map(OrgNumber::value).orElse(reviewOrgNumber);
        return new ConsultationNoticeDetails(
                noticeType,
                languages,
                contactName,
                contactEmail,
                contactPhone,
                buyerTown,
                buyerPostcode,
                buyerNuts,
                titleNorwegian,
                titleEnglish,
                descriptionNorwegian,
                descriptionEnglish,
                deadline,
                start,
                end,
                planned,
                responseUrl,
                reviewName,
                orgNumber,
                reviewTown,
                reviewPostcode,
                reviewNuts);
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, Errors errors, LocalDate today) {
        if (value == null || value.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "projects.notice.date.invalid");
            return null;
        }
        if (date.isBefore(today)) {
            errors.rejectValue(field, "projects.notice.date.past");
            return null;
        }
        return date;
    }

    public boolean hasLanguage(MarketConsultationLanguage language) {
        return languages.contains(language);
    }

    public @Nullable MarketConsultationNoticeType getNoticeType() {
        return noticeType;
    }

    public void setNoticeType(@Nullable MarketConsultationNoticeType noticeType) {
        this.noticeType = noticeType;
    }

    public List<MarketConsultationLanguage> getLanguages() {
        return languages;
    }

    public void setLanguages(@Nullable List<MarketConsultationLanguage> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public @Nullable String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public @Nullable String getBuyerTown() {
        return buyerTown;
    }

    public void setBuyerTown(@Nullable String buyerTown) {
        this.buyerTown = buyerTown;
    }

    public @Nullable String getBuyerPostcode() {
        return buyerPostcode;
    }

    public void setBuyerPostcode(@Nullable String buyerPostcode) {
        this.buyerPostcode = buyerPostcode;
    }

    public @Nullable String getBuyerNuts() {
        return buyerNuts;
    }

    public void setBuyerNuts(@Nullable String buyerNuts) {
        this.buyerNuts = buyerNuts;
    }

    public @Nullable String getTitleNorwegian() {
        return titleNorwegian;
    }

    public void setTitleNorwegian(@Nullable String titleNorwegian) {
        this.titleNorwegian = titleNorwegian;
    }

    public @Nullable String getTitleEnglish() {
        return titleEnglish;
    }

    public void setTitleEnglish(@Nullable String titleEnglish) {
        this.titleEnglish = titleEnglish;
    }

    public @Nullable String getDescriptionNorwegian() {
        return descriptionNorwegian;
    }

    public void setDescriptionNorwegian(@Nullable String descriptionNorwegian) {
        this.descriptionNorwegian = descriptionNorwegian;
    }

    public @Nullable String getDescriptionEnglish() {
        return descriptionEnglish;
    }

    public void setDescriptionEnglish(@Nullable String descriptionEnglish) {
        this.descriptionEnglish = descriptionEnglish;
    }

    public @Nullable String getResponseDeadline() {
        return responseDeadline;
    }

    public void setResponseDeadline(@Nullable String responseDeadline) {
        this.responseDeadline = responseDeadline;
    }

    public @Nullable String getDialogueStart() {
        return dialogueStart;
    }

    public void setDialogueStart(@Nullable String dialogueStart) {
        this.dialogueStart = dialogueStart;
    }

    public @Nullable String getDialogueEnd() {
        return dialogueEnd;
    }

    public void setDialogueEnd(@Nullable String dialogueEnd) {
        this.dialogueEnd = dialogueEnd;
    }

    public @Nullable String getPlannedCompetitionNotice() {
        return plannedCompetitionNotice;
    }

    public void setPlannedCompetitionNotice(@Nullable String plannedCompetitionNotice) {
        this.plannedCompetitionNotice = plannedCompetitionNotice;
    }

    public @Nullable String getResponseUrl() {
        return responseUrl;
    }

    public void setResponseUrl(@Nullable String responseUrl) {
        this.responseUrl = responseUrl;
    }

    public @Nullable String getReviewName() {
        return reviewName;
    }

    public void setReviewName(@Nullable String reviewName) {
        this.reviewName = reviewName;
    }

    public @Nullable String getReviewOrgNumber() {
        return reviewOrgNumber;
    }

    public void setReviewOrgNumber(@Nullable String reviewOrgNumber) {
        this.reviewOrgNumber = reviewOrgNumber;
    }

    public @Nullable String getReviewTown() {
        return reviewTown;
    }

    public void setReviewTown(@Nullable String reviewTown) {
        this.reviewTown = reviewTown;
    }

    public @Nullable String getReviewPostcode() {
        return reviewPostcode;
    }

    public void setReviewPostcode(@Nullable String reviewPostcode) {
        this.reviewPostcode = reviewPostcode;
    }

    public @Nullable String getReviewNuts() {
        return reviewNuts;
    }

    public void setReviewNuts(@Nullable String reviewNuts) {
        this.reviewNuts = reviewNuts;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
