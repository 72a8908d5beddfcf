package no.innomotor.followup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.innomotor.followup.ActivityKind;
import org.jspecify.annotations.Nullable;

/** An activity as the adviser typed it: its kind, date, what happened and who took part. */
public class ActivityForm {

    @NotBlank(message = "{followup.form.kind.required}")
    private @Nullable String activityKind;

    private @Nullable String activityDate;

    @NotBlank(message = "{followup.form.text.required}")
    @Size(max = 20_000, message = "{followup.form.tooLong}")
    private @Nullable String activityDescription;

    @Size(max = 500, message = "{followup.form.tooLong}")
    private @Nullable String activityWho;

    /** The kind, or null (with a field error) when the value is none of them. */
    @Nullable
    ActivityKind kind(org.springframework.validation.Errors errors) {
        if (activityKind == null || activityKind.isBlank()) {
            return null;
        }
        try {
            return ActivityKind.valueOf(activityKind);
        } catch (IllegalArgumentException unknown) {
            errors.rejectValue("activityKind", "followup.form.kind.required");
            return null;
        }
    }

    public @Nullable String getActivityKind() {
        return activityKind;
    }

    public void setActivityKind(@Nullable String activityKind) {
        this.activityKind = activityKind;
    }

    public @Nullable String getActivityDate() {
        return activityDate;
    }

    public void setActivityDate(@Nullable String activityDate) {
        this.activityDate = activityDate;
    }

    public @Nullable String getActivityDescription() {
        return activityDescription;
    }

    public void setActivityDescription(@Nullable String activityDescription) {
        this.activityDescription = activityDescription;
    }

    public @Nullable String getActivityWho() {
        return activityWho;
    }

    public void setActivityWho(@Nullable String activityWho) {
        this.activityWho = activityWho;
    }
}
