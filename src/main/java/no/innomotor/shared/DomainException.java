package no.innomotor.shared;

/**
 * A domain rule said no. Carries a message key (and arguments) for the user's language; the exception's own message
 * is for logs only and never reaches a user.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected DomainException(String messageKey, String logMessage, Object... arguments) {
        super(logMessage);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The thing asked for does not exist, or the person may not know it does (HTTP 404). */
    public abstract static class NotFound extends DomainException {
        protected NotFound(String messageKey, String logMessage, Object... arguments) {
            super(messageKey, logMessage, arguments);
        }
    }

    /** Someone else changed it first, or it is in a state that forbids the change (HTTP 409). */
    public abstract static class Conflict extends DomainException {
        protected Conflict(String messageKey, String logMessage, Object... arguments) {
            super(messageKey, logMessage, arguments);
        }
    }

    /** The request breaks a business rule (HTTP 422, or a form error where a form is shown). */
    public abstract static class RuleBroken extends DomainException {
        protected RuleBroken(String messageKey, String logMessage, Object... arguments) {
            super(messageKey, logMessage, arguments);
        }
    }
}
