package no.innomotor.dialogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import no.innomotor.dialogue.DraftFacts;
import no.innomotor.shared.NorwegianTime;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A draft tender document for comment, as typed; the deadline is a datetime-local field in Norwegian time. */
public class DraftForm {

    @NotBlank(message = "{dialogue.draft.form.title.required}")
    @Size(max = 200, message = "{dialogue.draft.form.title.tooLong}")
    private @Nullable String title;

    @NotBlank(message = "{dialogue.draft.form.description.required}")
    @Size(max = 20_000, message = "{dialogue.text.tooLong}")
    private @Nullable String description;

    @NotBlank(message = "{dialogue.draft.form.deadline.required}")
    private @Nullable String commentDeadline;

    private java.util.List<org.springframework.web.multipart.MultipartFile> files = new java.util.ArrayList<>();

    public java.util.List<org.springframework.web.multipart.MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(java.util.List<org.springframework.web.multipart.MultipartFile> files) {
        this.files = files;
    }

    /** The facts, or null with the error next to the deadline field. */
    @Nullable
    DraftFacts facts(Errors errors) {
        Instant deadline = null;
        if (commentDeadline != null && !commentDeadline.isBlank()) {
            try {
                deadline = LocalDateTime.parse(commentDeadline.strip())
                        .atZone(NorwegianTime.ZONE)
                        .toInstant();
            } catch (DateTimeParseException e) {
                errors.rejectValue("commentDeadline", "dialogue.form.dateTime.invalid");
            }
        }
        if (errors.hasErrors() || deadline == null || title == null || description == null) {
            return null;
        }
        return new DraftFacts(title, description, deadline);
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getCommentDeadline() {
        return commentDeadline;
    }

    public void setCommentDeadline(@Nullable String commentDeadline) {
        this.commentDeadline = commentDeadline;
    }
}
