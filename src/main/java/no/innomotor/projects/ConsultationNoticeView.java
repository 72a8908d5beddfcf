package no.innomotor.projects;

import java.time.Instant;
import java.util.List;
import no.innomotor.notices.MarketConsultationCheck;
import no.innomotor.shared.CpvCode;
import org.jspecify.annotations.Nullable;

/**
 * The notice page of a project: the notice data (with the project's title, need and region filling what the buyer
 * left empty), what the notice takes from the project and its organisation, the checklist for the chosen notice
 * type, and what the reader may do.
 *
 * @param version the version the form carries; {@link ConsultationNoticeManagement#NEW} before the first save
 * @param cpvCodes the CPV codes the notice carries, the main one first: the announcement's, else the project's
 * @param dialogue the published market-dialogue announcement whose values fill empty fields, or null
 * @param editable the reader may change the notice data now: a buyer of the owning organisation, project not ended
 * @param mayExport the reader is a buyer of the owning organisation
 * @param exportBlockedKey why the project cannot export now (a message key taking the current step as {0}), or null
 */
public record ConsultationNoticeView(
        ProjectDetails project,
        ConsultationNoticeDetails details,
        boolean saved,
        long version,
        @Nullable Instant updatedAt,
        @Nullable String updatedByName,
        @Nullable String buyerName,
        @Nullable String buyerOrgNumber,
        List<CpvCode> cpvCodes,
        @Nullable PublishedDialogue dialogue,
        List<MarketConsultationCheck.Item> checklist,
        boolean editable,
        boolean mayExport,
        @Nullable String exportBlockedKey) {

    public ConsultationNoticeView {
        cpvCodes = List.copyOf(cpvCodes);
        checklist = List.copyOf(checklist);
    }

    /** Export is offered: the reader may export, the project is where notices belong, and nothing is missing. */
    public boolean exportAvailable() {
        return mayExport && exportBlockedKey == null && checklist.isEmpty();
    }
}
