package no.innomotor.dialogue.web;

import no.innomotor.dialogue.DialogueAttachments;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** The errors of a form with files, with the size limit's message at the file field after a too large upload. */
final class TooLarge {

    private TooLarge() {}

    static Errors errors(Object form, String name, @Nullable String upload) {
        Errors errors = new BeanPropertyBindingResult(form, name);
        if (DialogueUploadLimit.TOO_LARGE.equals(upload)) {
            errors.rejectValue(
                    "files",
                    "upload.error.tooLarge",
                    new Object[] {DialogueAttachments.MAX_BYTES / (1024 * 1024)},
                    null);
        }
        return errors;
    }
}
