package no.innomotor.followup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A comment on the plan, as typed. */
public class CommentForm {

    @NotBlank(message = "{followup.form.text.required}")
    @Size(max = 20_000, message = "{followup.form.tooLong}")
    private @Nullable String commentText;

    public @Nullable String getCommentText() {
        return commentText;
    }

    public void setCommentText(@Nullable String commentText) {
        this.commentText = commentText;
    }
}
