package no.innomotor.projects.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a project is stopped; stopping is final, so the reason is required. */
public class StopForm {

    @NotBlank(message = "{projects.stop.reason.required}")
    @Size(max = 2_000, message = "{projects.stop.reason.tooLong}")
    private @Nullable String reason;

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
