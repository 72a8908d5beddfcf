package no.innomotor.projects.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A checklist item the team adds to a step themselves. */
public class ChecklistItemForm {

    @NotBlank(message = "{projects.item.text.required}")
    @Size(max = 500, message = "{projects.item.text.tooLong}")
    private @Nullable String text;

    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }
}
