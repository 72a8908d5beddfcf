package no.innomotor.suppliers;

import no.innomotor.shared.DomainException;

/** A value of a form that the service refuses (an unknown CPV or NUTS code): shown next to its field. */
public class ProfileInputRejected extends DomainException.RuleBroken {

    private final String field;

    ProfileInputRejected(String field, String messageKey, String logMessage, Object... arguments) {
        super(messageKey, logMessage, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
