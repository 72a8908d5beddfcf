package no.innomotor.benefits.web;

import java.util.List;
import no.innomotor.benefits.BenefitPlanView;
import no.innomotor.benefits.MeasurementCsv;
import org.springframework.validation.Errors;

/**
 * A project's benefit plan page (benefits/overview.jte): the benefit overview, the benefit map, the measurement file
 * upload with the errors of a refused file, and the showcase choice.
 */
public record BenefitsOverviewPage(
        BenefitPlanView plan,
        BenefitMap map,
        List<MeasurementCsv.RowError> uploadErrors,
        boolean uploadRefused,
        ShowcaseForm showcaseForm,
        Errors showcaseErrors) {

    static final String TEMPLATE = "benefits/overview";

    public BenefitsOverviewPage {
        uploadErrors = List.copyOf(uploadErrors);
    }
}
