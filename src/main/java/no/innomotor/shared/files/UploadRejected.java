package no.innomotor.shared.files;

import no.innomotor.shared.DomainException;

/**
 * An upload refused before anything was stored: empty, too large, a type not allowed, or content unlike its name.
 * The message key is {@code upload.error.<reason>}; a module with its own wording maps {@link #reason()} to it.
 */
public class UploadRejected extends DomainException.RuleBroken {

    /** Why a file was refused; the code ends the message keys. */
    public enum Reason {
        EMPTY("empty"),
        TOO_LARGE("tooLarge"),
        TYPE("type"),
        MISMATCH("mismatch");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    UploadRejected(Reason reason, String logMessage, Object... arguments) {
        super("upload.error." + reason.code(), logMessage, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
