package no.innomotor.followup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.innomotor.followup.Responsible;
import org.jspecify.annotations.Nullable;

/** A next step as the adviser typed it: what, by when, and who takes it. */
public class StepForm {

    @NotBlank(message = "{followup.form.text.required}")
    @Size(max = 2_000, message = "{followup.form.tooLong}")
    private @Nullable String stepText;

    private @Nullable String stepDue;

    @NotBlank(message = "{followup.form.responsible.required}")
    private @Nullable String stepResponsible;

    @Nullable
    Responsible responsible(org.springframework.validation.Errors errors) {
        if (stepResponsible == null || stepResponsible.isBlank()) {
            return null;
        }
        try {
            return Responsible.valueOf(stepResponsible);
        } catch (IllegalArgumentException unknown) {
            errors.rejectValue("stepResponsible", "followup.form.responsible.required");
            return null;
        }
    }

    public @Nullable String getStepText() {
        return stepText;
    }

    public void setStepText(@Nullable String stepText) {
        this.stepText = stepText;
    }

    public @Nullable String getStepDue() {
        return stepDue;
    }

    public void setStepDue(@Nullable String stepDue) {
        this.stepDue = stepDue;
    }

    public @Nullable String getStepResponsible() {
        return stepResponsible;
    }

    public void setStepResponsible(@Nullable String stepResponsible) {
        this.stepResponsible = stepResponsible;
    }
}
