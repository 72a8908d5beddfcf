package no.innomotor.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.AuditableEvent.Label;
import no.innomotor.shared.AuditableEvent.Nok;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import org.jspecify.annotations.Nullable;

/**
 * Events the projects module publishes about its projects. They carry ids and copied values, never entities. Every
 * one is about object type project with the project's id, so a project's timeline holds all of them; the summary
 * names the step, item or document.
 */
public final class ProjectEvents {

    static final String OBJECT_TYPE = "project";

    private ProjectEvents() {}

    /** What every project event has in common. */
    public interface ProjectEvent extends AuditableEvent {

        ProjectId project();

        @Override
        default String objectType() {
            return OBJECT_TYPE;
        }

        @Override
        default String objectId() {
            return project().toString();
        }
    }

    public record ProjectCreated(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            String title,
            ProcedureType procedure,
            long estimatedValueNok,
            List<String> cpvCodes)
            implements ProjectEvent {
        @Override
        public String action() {
            return "project.created";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "title",
                    title,
                    "procedure",
                    label("projects.procedure.", procedure),
                    "estimatedValue",
                    new Nok(estimatedValueNok),
                    "cpvCodes",
                    cpvCodes);
        }

        public ProjectCreated {
            cpvCodes = List.copyOf(cpvCodes);
        }

        @Override
        public String summary() {
            return "Created project " + quote(title) + " (" + words(procedure) + ", estimated " + estimatedValueNok
                    + " NOK, CPV " + String.join(", ", cpvCodes) + ")";
        }
    }

    public record ProjectUpdated(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            String title,
            ProcedureType procedure,
            long estimatedValueNok,
            List<String> cpvCodes,
            String nutsCode,
            int teamSize)
            implements ProjectEvent {
        @Override
        public String action() {
            return "project.updated";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "title",
                    title,
                    "procedure",
                    label("projects.procedure.", procedure),
                    "estimatedValue",
                    new Nok(estimatedValueNok),
                    "cpvCodes",
                    cpvCodes,
                    "nutsCode",
                    nutsCode,
                    "teamSize",
                    teamSize);
        }

        public ProjectUpdated {
            cpvCodes = List.copyOf(cpvCodes);
        }

        @Override
        public String summary() {
            return "Updated the facts of " + quote(title) + ": " + words(procedure) + ", estimated "
                    + estimatedValueNok + " NOK, CPV " + String.join(", ", cpvCodes) + ", region " + nutsCode
                    + ", team of " + teamSize;
        }
    }

    public record MandateDrafted(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            int versionNumber,
            long budgetFrameNok,
            RiskAppetite riskAppetite,
            LocalDate startDate,
            LocalDate endDate)
            implements ProjectEvent {
        @Override
        public String action() {
            return "mandate.drafted";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "version",
                    versionNumber,
                    "budgetFrame",
                    new Nok(budgetFrameNok),
                    "riskAppetite",
                    label("projects.risk.", riskAppetite),
                    "startDate",
                    startDate,
                    "endDate",
                    endDate);
        }

        @Override
        public String summary() {
            return "Drafted mandate version " + versionNumber + ": budget frame " + budgetFrameNok + " NOK, "
                    + words(riskAppetite) + " risk appetite, " + startDate + " to " + endDate;
        }
    }

    /** The buyer put a mandate version before the organisation's top leaders: it waits for one to sign. */
    public record MandateReadyForSignature(
            @Nullable PersonId actor, OrganisationId organisation, ProjectId project, int versionNumber)
            implements ProjectEvent {
        @Override
        public String action() {
            return "mandate.ready-for-signature";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("version", versionNumber);
        }

        @Override
        public String summary() {
            return "Mandate version " + versionNumber + " put before the top leader for signature";
        }
    }

    public record MandateSigned(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            int versionNumber,
            String signerName,
            Instant signedAt,
            String contentHash)
            implements ProjectEvent {
        @Override
        public String action() {
            return "mandate.signed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "version", versionNumber, "signer", signerName, "signedAt", signedAt, "contentHash", contentHash);
        }

        @Override
        public String summary() {
            return "Mandate version " + versionNumber + " signed by " + signerName + " at " + signedAt + ", SHA-256 "
                    + contentHash;
        }
    }

    public record ChecklistItemChecked(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            RoadmapStep step,
            ChecklistItemId item,
            String itemText)
            implements ProjectEvent {
        @Override
        public String action() {
            return "checklist.item-checked";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "stepNumber", step.number(), "step", label("projects.step.", step), "item", itemText);
        }

        @Override
        public String summary() {
            return stepName(step) + ": checked " + quote(itemText);
        }
    }

    public record ChecklistItemUnchecked(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            RoadmapStep step,
            ChecklistItemId item,
            String itemText)
            implements ProjectEvent {
        @Override
        public String action() {
            return "checklist.item-unchecked";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "stepNumber", step.number(), "step", label("projects.step.", step), "item", itemText);
        }

        @Override
        public String summary() {
            return stepName(step) + ": unchecked " + quote(itemText);
        }
    }

    public record ChecklistItemAdded(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            RoadmapStep step,
            ChecklistItemId item,
            String itemText)
            implements ProjectEvent {
        @Override
        public String action() {
            return "checklist.item-added";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "stepNumber", step.number(), "step", label("projects.step.", step), "item", itemText);
        }

        @Override
        public String summary() {
            return stepName(step) + ": added checklist item " + quote(itemText);
        }
    }

    public record ChecklistItemRemoved(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            RoadmapStep step,
            ChecklistItemId item,
            String itemText)
            implements ProjectEvent {
        @Override
        public String action() {
            return "checklist.item-removed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "stepNumber", step.number(), "step", label("projects.step.", step), "item", itemText);
        }

        @Override
        public String summary() {
            return stepName(step) + ": removed checklist item " + quote(itemText);
        }
    }

    public record StepNotesUpdated(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            RoadmapStep step,
            int notesLength,
            @Nullable LocalDate dueDate)
            implements ProjectEvent {
        @Override
        public String action() {
            return "step.notes-saved";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "stepNumber",
                    step.number(),
                    "step",
                    label("projects.step.", step),
                    "notesLength",
                    notesLength,
                    "dueDate",
                    dueDate);
        }

        @Override
        public String summary() {
            return stepName(step) + ": notes saved (" + notesLength + " characters), due date "
                    + (dueDate == null ? "none" : dueDate.toString());
        }
    }

    public record DocumentUploaded(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            RoadmapStep step,
            DocumentId document,
            String filename,
            String contentType,
            long sizeBytes,
            String sha256)
            implements ProjectEvent {
        @Override
        public String action() {
            return "document.uploaded";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "stepNumber",
                    step.number(),
                    "step",
                    label("projects.step.", step),
                    "filename",
                    filename,
                    "contentType",
                    contentType,
                    "size",
                    sizeBytes);
        }

        @Override
        public String summary() {
            return stepName(step) + ": uploaded " + quote(filename) + " (" + contentType + ", " + sizeBytes + " bytes)";
        }
    }

    public record StepCompleted(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            RoadmapStep step,
            @Nullable RoadmapStep next)
            implements ProjectEvent {
        @Override
        public String action() {
            return "step.completed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "stepNumber",
                    step.number(),
                    "step",
                    label("projects.step.", step),
                    "nextStepNumber",
                    next == null ? null : next.number(),
                    "nextStep",
                    next == null ? new Label("audit.value.projectCompleted") : label("projects.step.", next));
        }

        @Override
        public String summary() {
            return stepName(step) + " completed; "
                    + (next == null ? "the project is completed" : "the project moves to " + stepName(next));
        }
    }

    /**
     * The team confirmed what the step's checks found before completing it (for the market dialogue: what was
     * shared with some suppliers is now shared with all, and time was given to even out head starts). Carries the
     * findings' message keys, not their arguments.
     */
    public record StepFindingsConfirmed(
            PersonId actor, OrganisationId organisation, ProjectId project, RoadmapStep step, List<String> findings)
            implements ProjectEvent {
        public StepFindingsConfirmed {
            findings = List.copyOf(findings);
        }

        @Override
        public String action() {
            return "step.findings-confirmed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "stepNumber", step.number(), "step", label("projects.step.", step), "count", findings.size());
        }

        @Override
        public String summary() {
            return stepName(step) + ": " + findings.size() + " findings confirmed before completion";
        }
    }

    public record ProjectPaused(
            @Nullable PersonId actor, OrganisationId organisation, ProjectId project, RoadmapStep step)
            implements ProjectEvent {
        @Override
        public String action() {
            return "project.paused";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("stepNumber", step.number(), "step", label("projects.step.", step));
        }

        @Override
        public String summary() {
            return "Paused in " + stepName(step);
        }
    }

    public record ProjectResumed(
            @Nullable PersonId actor, OrganisationId organisation, ProjectId project, RoadmapStep step)
            implements ProjectEvent {
        @Override
        public String action() {
            return "project.resumed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("stepNumber", step.number(), "step", label("projects.step.", step));
        }

        @Override
        public String summary() {
            return "Resumed in " + stepName(step);
        }
    }

    public record ProjectStopped(
            @Nullable PersonId actor, OrganisationId organisation, ProjectId project, RoadmapStep step, String reason)
            implements ProjectEvent {
        @Override
        public String action() {
            return "project.stopped";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "stepNumber",
                    step.number(),
                    "step",
                    label("projects.step.", step),
                    "reason",
                    shorten(reason, 1500));
        }

        @Override
        public String summary() {
            return "Stopped in " + stepName(step) + ". Reason: " + shorten(reason, 1500);
        }
    }

    public record ConsultationNoticeSaved(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            MarketConsultationNoticeType noticeType,
            List<MarketConsultationLanguage> languages,
            @Nullable LocalDate responseDeadline,
            @Nullable LocalDate dialogueStart,
            @Nullable LocalDate dialogueEnd,
            @Nullable LocalDate plannedCompetitionNotice)
            implements ProjectEvent {
        @Override
        public String action() {
            return "consultation-notice.saved";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "noticeType",
                    label("notices.export.type.", noticeType),
                    "languages",
                    languages.stream().map(MarketConsultationLanguage::code).toList(),
                    "responseDeadline",
                    responseDeadline,
                    "dialogueStart",
                    dialogueStart,
                    "dialogueEnd",
                    dialogueEnd,
                    "plannedCompetitionNotice",
                    plannedCompetitionNotice);
        }

        public ConsultationNoticeSaved {
            languages = List.copyOf(languages);
        }

        @Override
        public String summary() {
            return "Saved the market-consultation notice data: " + noticeName(noticeType) + ", languages "
                    + (languages.isEmpty()
                            ? "none"
                            : String.join(
                                    ", ",
                                    languages.stream()
                                            .map(MarketConsultationLanguage::code)
                                            .toList()))
                    + ", response deadline " + orNone(responseDeadline) + ", dialogue " + orNone(dialogueStart)
                    + " to " + orNone(dialogueEnd) + ", competition notice expected "
                    + orNone(plannedCompetitionNotice);
        }
    }

    /** The buyer downloaded an eForms notice announcing the market consultation; the file itself is not kept. */
    public record MarketConsultationNoticeExported(
            @Nullable PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            MarketConsultationNoticeType noticeType,
            UUID noticeId,
            String fileName)
            implements ProjectEvent {
        @Override
        public String action() {
            return "consultation-notice.exported";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "noticeType",
                    label("notices.export.type.", noticeType),
                    "noticeId",
                    noticeId.toString(),
                    "fileName",
                    fileName);
        }

        @Override
        public String summary() {
            return "Exported " + noticeName(noticeType) + ", notice id " + noticeId + " (" + fileName + ")";
        }
    }

    private static Label label(String prefix, Enum<?> value) {
        return new Label(prefix + value.name());
    }

    static String noticeName(MarketConsultationNoticeType type) {
        return type == MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY
                ? "prior information notice for information only (eForms subtype " + type.subtype() + ")"
                : "pre-market consultation notice (eForms subtype " + type.subtype() + ")";
    }

    private static String orNone(@Nullable LocalDate date) {
        return date == null ? "none" : date.toString();
    }

    static String stepName(RoadmapStep step) {
        return "Step " + step.number() + " (" + words(step) + ")";
    }

    private static String words(Enum<?> value) {
        String text = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String quote(String text) {
        return "\u201c" + shorten(text, 300) + "\u201d";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
