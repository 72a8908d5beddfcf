package no.innomotor.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.innomotor.benefits.BenefitFiguresChanged.Figure;
import no.innomotor.dialogue.DialogueFigures;
import no.innomotor.projects.ProcedureType;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;

/**
 * A case as its pages and the API show it. It holds the organisation, never a person: no names, no e-mail addresses,
 * nothing a supplier gave in confidence, no unpublished question and no assessment. The awarded contract is not
 * recorded by the platform, so the case says so rather than naming a supplier.
 *
 * @param benefits the knowledge module's copy of the project's benefit figures, when the project has a benefit plan
 * @param solution the project's solution in the catalogue, when its buyers listed it
 */
public record CaseView(
        CaseId id,
        ProjectId project,
        String organisationName,
        String title,
        String need,
        ProcedureType procedure,
        List<CpvCode> cpvCodes,
        String nutsCode,
        int step,
        boolean projectCompleted,
        Money estimatedValue,
        DialogueFigures dialogue,
        List<CaseFunding> funding,
        Optional<Benefits> benefits,
        Lessons lessons,
        CaseStatus status,
        Instant builtAt,
        Optional<Instant> publishedAt,
        int year,
        Optional<SolutionSummary> solution,
        long version) {

    public CaseView {
        cpvCodes = List.copyOf(cpvCodes);
        funding = List.copyOf(funding);
    }

    /** The benefit figures, with their totals in kroner. */
    public record Benefits(List<Figure> figures, int measured, int realised, Money plannedNok, Money realisedNok) {
        public Benefits {
            figures = List.copyOf(figures);
        }
    }

    public boolean published() {
        return status == CaseStatus.PUBLISHED;
    }

    public String path() {
        return "/cases/" + id;
    }
}
