package no.innomotor.dialogue;

import no.innomotor.shared.DomainException;

/** Input the service refused, naming the form field so pages and the API show the message next to it. */
public class AnnouncementInputRejected extends DomainException.RuleBroken {

    private final String field;

    AnnouncementInputRejected(String field, String messageKey, String logMessage) {
        super(messageKey, logMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
