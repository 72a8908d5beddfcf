package no.innomotor.benefits.web;

import java.util.List;
import no.innomotor.benefits.BenefitId;
import no.innomotor.projects.ProjectDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The form that adds a benefit ({@code benefit} null) or edits one (benefits/edit.jte): owners are the people of the
 * project's organisation, links the plan's other benefits. {@code conflict}: someone saved after the version the
 * person started from; what they typed is kept.
 */
public record BenefitEditPage(
        ProjectDetails project,
        @Nullable BenefitId benefit,
        BenefitForm form,
        Errors errors,
        List<Choice> owners,
        List<Choice> others,
        boolean conflict) {

    static final String TEMPLATE = "benefits/edit";

    public BenefitEditPage {
        owners = List.copyOf(owners);
        others = List.copyOf(others);
    }
}
