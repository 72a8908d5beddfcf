package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/**
 * Input the service checked against reference data or the owning organisation and refused. Names the form field,
 * so pages and the API can show the message next to it.
 */
public class ProjectInputRejected extends DomainException.RuleBroken {

    private final String field;

    ProjectInputRejected(String field, String messageKey, String logMessage, Object... arguments) {
        super(messageKey, logMessage, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
