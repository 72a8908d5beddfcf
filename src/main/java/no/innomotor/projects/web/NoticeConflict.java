package no.innomotor.projects.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.projects.ConsultationNoticeDetails;
import org.jspecify.annotations.Nullable;

/**
 * Someone else saved the notice data first: the fields where what is saved now differs from what this person typed,
 * shown beside the form, which keeps what they typed.
 */
public record NoticeConflict(List<Difference> differences) {

    /**
     * One field: its form name, its label key, and the saved value as text, as a date, or as message keys (the notice
     * type and languages); all empty means nothing is saved in that field.
     */
    public record Difference(
            String field,
            String labelKey,
            @Nullable String text,
            @Nullable LocalDate date,
            List<String> keys) {}

    public NoticeConflict {
        differences = List.copyOf(differences);
    }

    static NoticeConflict between(@Nullable ConsultationNoticeDetails typed, ConsultationNoticeDetails saved) {
        List<Difference> differences = new ArrayList<>();
        if (typed == null || typed.noticeType() != saved.noticeType()) {
            differences.add(new Difference(
                    "noticeType",
                    "projects.notice.type.legend",
                    null,
                    null,
                    List.of("notices.export.type." + saved.noticeType().name())));
        }
        if (typed == null || !typed.languages().equals(saved.languages())) {
            differences.add(new Difference(
                    "languages",
                    "projects.notice.languages.legend",
                    null,
                    null,
                    saved.languages().stream()
                            .map(MarketConsultationLanguage::name)
                            .map(name -> "projects.notice.language." + name)
                            .toList()));
        }
        text(differences, typed, saved, "contactName", ConsultationNoticeDetails::contactName);
        text(differences, typed, saved, "contactEmail", ConsultationNoticeDetails::contactEmail);
        text(differences, typed, saved, "contactPhone", ConsultationNoticeDetails::contactPhone);
        text(differences, typed, saved, "buyerTown", ConsultationNoticeDetails::buyerTown);
        text(differences, typed, saved, "buyerPostcode", ConsultationNoticeDetails::buyerPostcode);
        text(differences, typed, saved, "buyerNuts", ConsultationNoticeDetails::buyerNuts);
        text(differences, typed, saved, "titleNorwegian", ConsultationNoticeDetails::titleNorwegian);
        text(differences, typed, saved, "descriptionNorwegian", ConsultationNoticeDetails::descriptionNorwegian);
        text(differences, typed, saved, "titleEnglish", ConsultationNoticeDetails::titleEnglish);
        text(differences, typed, saved, "descriptionEnglish", ConsultationNoticeDetails::descriptionEnglish);
        date(differences, typed, saved, "responseDeadline", ConsultationNoticeDetails::responseDeadline);
        date(differences, typed, saved, "dialogueStart", ConsultationNoticeDetails::dialogueStart);
        date(differences, typed, saved, "dialogueEnd", ConsultationNoticeDetails::dialogueEnd);
        date(
                differences,
                typed,
                saved,
                "plannedCompetitionNotice",
                ConsultationNoticeDetails::plannedCompetitionNotice);
        text(differences, typed, saved, "responseUrl", ConsultationNoticeDetails::responseUrl);
        text(differences, typed, saved, "reviewName", ConsultationNoticeDetails::reviewName);
        text(differences, typed, saved, "reviewOrgNumber", ConsultationNoticeDetails::reviewOrgNumber);
        text(differences, typed, saved, "reviewTown", ConsultationNoticeDetails::reviewTown);
        text(differences, typed, saved, "reviewPostcode", ConsultationNoticeDetails::reviewPostcode);
        text(differences, typed, saved, "reviewNuts", ConsultationNoticeDetails::reviewNuts);
        return new NoticeConflict(differences);
    }

    private static void text(
            List<Difference> differences,
            @Nullable ConsultationNoticeDetails typed,
            ConsultationNoticeDetails saved,
            String field,
            Function<ConsultationNoticeDetails, @Nullable String> value) {
        String savedValue = value.apply(saved);
        if (typed == null || !Objects.equals(value.apply(typed), savedValue)) {
            differences.add(new Difference(field, "projects.notice." + field, savedValue, null, List.of()));
        }
    }

    private static void date(
            List<Difference> differences,
            @Nullable ConsultationNoticeDetails typed,
            ConsultationNoticeDetails saved,
            String field,
            Function<ConsultationNoticeDetails, @Nullable LocalDate> value) {
        LocalDate savedValue = value.apply(saved);
        if (typed == null || !Objects.equals(value.apply(typed), savedValue)) {
            differences.add(new Difference(field, "projects.notice." + field, null, savedValue, List.of()));
        }
    }
}
