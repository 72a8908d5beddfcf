package no.innomotor.benefits.web;

import java.util.List;
import no.innomotor.benefits.BenefitPlanView;
import no.innomotor.benefits.BenefitView;
import no.innomotor.benefits.MeasurementView;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** One benefit with its chart, its measurements and (for the team) the measurement form (benefits/benefit.jte). */
public record BenefitPage(
        BenefitPlanView plan,
        BenefitView benefit,
        List<MeasurementView> measurements,
        @Nullable IndicatorChart chart,
        MeasurementForm form,
        Errors errors) {

    static final String TEMPLATE = "benefits/benefit";

    public BenefitPage {
        measurements = List.copyOf(measurements);
    }
}
