package no.innomotor.projects.web;

import java.util.List;
import java.util.Optional;
import no.innomotor.notices.NutsRegion;
import no.innomotor.projects.ConsultationNoticeView;
import org.springframework.validation.Errors;

/**
 * The market-consultation notice page (projects/notice.jte, its work area projects/noticeWork.jte): the notice, the
 * form with its errors, what the chosen notice still lacks, the counties and the project's own, the chosen CPV codes,
 * a save conflict, why a download was refused, whether it was just saved, and whether only the work area is wanted
 * (htmx, saving in place).
 */
public record NoticePage(
        ConsultationNoticeView view,
        ConsultationNoticeForm form,
        Errors errors,
        List<NoticeChecklist.Entry> checklist,
        List<NutsRegion> regions,
        Optional<NutsRegion> region,
        List<CpvChoice> cpvChoices,
        Optional<NoticeConflict> conflict,
        Optional<ExportRefusal> exportRefusal,
        boolean saved,
        boolean fragment) {

    /** Why the download was refused: a message key and its arguments. */
    public record ExportRefusal(String messageKey, Object[] arguments) {}

    NoticePage withConflict(NoticeConflict between) {
        return new NoticePage(
                view,
                form,
                errors,
                checklist,
                regions,
                region,
                cpvChoices,
                Optional.of(between),
                exportRefusal,
                saved,
                fragment);
    }

    /** The download refused, with the checklist the export ran. */
    NoticePage withExportRefusal(List<NoticeChecklist.Entry> ran, ExportRefusal refusal) {
        return new NoticePage(
                view, form, errors, ran, regions, region, cpvChoices, conflict, Optional.of(refusal), saved, fragment);
    }

    NoticePage justSaved() {
        return new NoticePage(
                view, form, errors, checklist, regions, region, cpvChoices, conflict, exportRefusal, true, fragment);
    }

    /** For htmx: the work area only, or the whole page. */
    NoticePage inPlace(boolean inPlace) {
        return new NoticePage(
                view, form, errors, checklist, regions, region, cpvChoices, conflict, exportRefusal, saved, inPlace);
    }
}
