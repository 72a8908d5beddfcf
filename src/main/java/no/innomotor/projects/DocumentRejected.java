package no.innomotor.projects;

/** An upload refused before anything was stored: empty, too large, a type not allowed, or content unlike its name. */
public class DocumentRejected extends ProjectInputRejected {

    DocumentRejected(String messageKey, String logMessage, Object... arguments) {
        super("file", messageKey, logMessage, arguments);
    }
}
