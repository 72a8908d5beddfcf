package no.innomotor.dialogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The minutes of a held one-to-one meeting, as the note-taker writes them. */
public class MinutesForm {

    @NotBlank(message = "{dialogue.meetings.form.minutes.required}")
    @Size(max = 20_000, message = "{dialogue.meetings.form.minutes.tooLong}")
    private @Nullable String minutes;

    public @Nullable String getMinutes() {
        return minutes;
    }

    public void setMinutes(@Nullable String minutes) {
        this.minutes = minutes;
    }
}
