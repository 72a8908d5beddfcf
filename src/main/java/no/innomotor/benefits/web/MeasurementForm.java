package no.innomotor.benefits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One measurement as the team typed it: the value, the day it was measured and a comment. */
public class MeasurementForm {

    @NotBlank(message = "{benefits.measure.value.required}")
    private @Nullable String value;

    @NotBlank(message = "{benefits.measure.date.required}")
    private @Nullable String measuredOn;

    @Size(max = 2_000, message = "{benefits.form.tooLong}")
    private @Nullable String comment;

    public @Nullable String getValue() {
        return value;
    }

    public void setValue(@Nullable String value) {
        this.value = value;
    }

    public @Nullable String getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(@Nullable String measuredOn) {
        this.measuredOn = measuredOn;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public void setComment(@Nullable String comment) {
        this.comment = comment;
    }
}
