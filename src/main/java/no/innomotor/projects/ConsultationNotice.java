package no.innomotor.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.projects.ProjectEvents.ConsultationNoticeSaved;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The buyer's data for the notice that announces a project's market dialogue: one per project, created on the first
 * save. It changes only as a whole, from the version the buyer saw, and records each save as an event.
 */
@Entity
@Table(name = "project_consultation_notice")
class ConsultationNotice extends AbstractAggregateRoot<ConsultationNotice> {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_PHONE = 30;
    static final int MAX_TOWN = 100;
    static final int MAX_TITLE = 400;
    static final int MAX_DESCRIPTION = 6_000;
    static final int MAX_URL = 400;

    @Id
    @Column(name = "project_id")
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_type", nullable = false, length = 30)
    private MarketConsultationNoticeType noticeType;

    @Column(name = "language_norwegian", nullable = false)
    private boolean norwegian;

    @Column(name = "language_english", nullable = false)
    private boolean english;

    @Column(name = "contact_name", length = MAX_NAME)
    private @Nullable String contactName;

    @Column(name = "contact_email", length = MAX_EMAIL)
    private @Nullable String contactEmail;

    @Column(name = "contact_phone", length = MAX_PHONE)
    private @Nullable String contactPhone;

    @Column(name = "buyer_town", length = MAX_TOWN)
    private @Nullable String buyerTown;

    @Column(name = "buyer_postcode", length = 4)
    private @Nullable String buyerPostcode;

    @Column(name = "buyer_nuts", length = 10)
    private @Nullable String buyerNuts;

    @Column(name = "title_norwegian", length = MAX_TITLE)
    private @Nullable String titleNorwegian;

    @Column(name = "title_english", length = MAX_TITLE)
    private @Nullable String titleEnglish;

    @Column(name = "description_norwegian", columnDefinition = "text")
    private @Nullable String descriptionNorwegian;

    @Column(name = "description_english", columnDefinition = "text")
    private @Nullable String descriptionEnglish;

    @Column(name = "response_deadline")
    private @Nullable LocalDate responseDeadline;

    @Column(name = "dialogue_start")
    private @Nullable LocalDate dialogueStart;

    @Column(name = "dialogue_end")
    private @Nullable LocalDate dialogueEnd;

    @Column(name = "planned_competition_notice")
    private @Nullable LocalDate plannedCompetitionNotice;

    @Column(name = "response_url", length = MAX_URL)
    private @Nullable String responseUrl;

    @Column(name = "review_name", length = MAX_NAME)
    private @Nullable String reviewName;

    @Column(name = "review_org_number", length = 9)
    private @Nullable String reviewOrgNumber;

    @Column(name = "review_town", length = MAX_TOWN)
    private @Nullable String reviewTown;

    @Column(name = "review_postcode", length = 4)
    private @Nullable String reviewPostcode;

    @Column(name = "review_nuts", length = 10)
    private @Nullable String reviewNuts;

    @Column(name = "updated_by")
    private @Nullable UUID updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** A wrapper, so a new row is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    protected ConsultationNotice() {}

    ConsultationNotice(
            ProjectId project,
            OrganisationId organisation,
            ConsultationNoticeDetails details,
            PersonId by,
            Instant now) {
        this.projectId = project.value();
        apply(details, organisation, by, now);
    }

    /** Replaces everything, from the version the person saw. */
    void change(
            ConsultationNoticeDetails details,
            long expectedVersion,
            OrganisationId organisation,
            PersonId by,
            Instant now) {
        if (expectedVersion != version()) {
            throw new ConsultationNoticeChanged(details(), version());
        }
        apply(details, organisation, by, now);
    }

    private void apply(ConsultationNoticeDetails details, OrganisationId organisation, PersonId by, Instant now) {
        requireAtMost(details.contactName(), MAX_NAME, "contact name");
        requireAtMost(details.contactEmail(), MAX_EMAIL, "contact e-mail");
        requireAtMost(details.contactPhone(), MAX_PHONE, "contact phone");
        requireAtMost(details.buyerTown(), MAX_TOWN, "buyer town");
        requireAtMost(details.buyerPostcode(), 4, "buyer post code");
        requireAtMost(details.titleNorwegian(), MAX_TITLE, "Norwegian title");
        requireAtMost(details.titleEnglish(), MAX_TITLE, "English title");
        requireAtMost(details.descriptionNorwegian(), MAX_DESCRIPTION, "Norwegian description");
        requireAtMost(details.descriptionEnglish(), MAX_DESCRIPTION, "English description");
        requireAtMost(details.responseUrl(), MAX_URL, "response address");
        requireAtMost(details.reviewName(), MAX_NAME, "review body name");
        requireAtMost(details.reviewOrgNumber(), 9, "review body organisation number");
        requireAtMost(details.reviewTown(), MAX_TOWN, "review body town");
        requireAtMost(details.reviewPostcode(), 4, "review body post code");
        this.noticeType = details.noticeType();
        this.norwegian = details.hasLanguage(MarketConsultationLanguage.NORWEGIAN);
        this.english = details.hasLanguage(MarketConsultationLanguage.ENGLISH);
        this.contactName = details.contactName();
        this.contactEmail = details.contactEmail();
        this.contactPhone = details.contactPhone();
        this.buyerTown = details.buyerTown();
        this.buyerPostcode = details.buyerPostcode();
        this.buyerNuts = details.buyerNuts();
        this.titleNorwegian = details.titleNorwegian();
        this.titleEnglish = details.titleEnglish();
        this.descriptionNorwegian = details.descriptionNorwegian();
        this.descriptionEnglish = details.descriptionEnglish();
        this.responseDeadline = details.responseDeadline();
        this.dialogueStart = details.dialogueStart();
        this.dialogueEnd = details.dialogueEnd();
        this.plannedCompetitionNotice = details.plannedCompetitionNotice();
        this.responseUrl = details.responseUrl();
        this.reviewName = details.reviewName();
        this.reviewOrgNumber = details.reviewOrgNumber();
        this.reviewTown = details.reviewTown();
        this.reviewPostcode = details.reviewPostcode();
        this.reviewNuts = details.reviewNuts();
        this.updatedBy = by.value();
        this.updatedAt = now;
        registerEvent(new ConsultationNoticeSaved(
                by,
                organisation,
                project(),
                details.noticeType(),
                details.languages(),
                details.responseDeadline(),
                details.dialogueStart(),
                details.dialogueEnd(),
                details.plannedCompetitionNotice()));
    }

    private static void requireAtMost(@Nullable String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("The notice's " + what + " has at most " + max + " characters");
        }
    }

    ConsultationNoticeDetails details() {
        List<MarketConsultationLanguage> languages = new ArrayList<>();
        if (norwegian) {
            languages.add(MarketConsultationLanguage.NORWEGIAN);
        }
        if (english) {
            languages.add(MarketConsultationLanguage.ENGLISH);
        }
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

    ProjectId project() {
        return new ProjectId(projectId);
    }

    @Nullable
    PersonId updatedBy() {
        return updatedBy == null ? null : new PersonId(updatedBy);
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
