package no.innomotor.dialogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One text a person sends in the dialogue: a question, written input or an answer. */
public class TextForm {

    @NotBlank(message = "{dialogue.text.required}")
    @Size(max = 20_000, message = "{dialogue.text.tooLong}")
    private @Nullable String text;

    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }
}
