package no.innomotor.riskrelief.web;

import java.util.List;
import no.innomotor.riskrelief.ApplicationView;
import no.innomotor.riskrelief.AssessorCandidate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * An application's page (riskrelief/application.jte): status and history for everyone who reads it, and the forms of
 * what the reader may do — the applicant's draft, reports and final report; the owner's assessors, decision and
 * payouts; an assessor's declaration and scores. {@code conflict}: someone saved first.
 */
public record ApplicationPage(
        ApplicationView application,
        @Nullable ApplicationForm form,
        Errors formErrors,
        List<AssessorCandidate> candidates,
        Errors assignErrors,
        SmallForms.ConflictForm conflictForm,
        Errors conflictErrors,
        AssessmentForm assessmentForm,
        Errors assessmentErrors,
        DecisionForm decisionForm,
        Errors decisionErrors,
        SmallForms.ReportForm reportForm,
        Errors reportErrors,
        boolean conflict) {

    static final String TEMPLATE = "riskrelief/application";
}
