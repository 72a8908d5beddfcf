package no.innomotor.followup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An outcome as the adviser typed it: what the follow-up led to, and when. */
public class OutcomeForm {

    @NotBlank(message = "{followup.form.text.required}")
    @Size(max = 20_000, message = "{followup.form.tooLong}")
    private @Nullable String outcomeText;

    private @Nullable String outcomeDate;

    public @Nullable String getOutcomeText() {
        return outcomeText;
    }

    public void setOutcomeText(@Nullable String outcomeText) {
        this.outcomeText = outcomeText;
    }

    public @Nullable String getOutcomeDate() {
        return outcomeDate;
    }

    public void setOutcomeDate(@Nullable String outcomeDate) {
        this.outcomeDate = outcomeDate;
    }
}
