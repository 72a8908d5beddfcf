package no.innomotor.notifications;

import java.util.UUID;
import no.innomotor.shared.DomainException;

/** No such message in the reader's inbox: another person's message is not found either. */
class InboxMessageNotFound extends DomainException.NotFound {
    InboxMessageNotFound(UUID id) {
        super("error.404.text", "Inbox message not found: " + id);
    }
}
