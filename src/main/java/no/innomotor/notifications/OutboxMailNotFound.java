package no.innomotor.notifications;

import java.util.UUID;
import no.innomotor.shared.DomainException;

/** No such mail, or the reader is not an administrator. */
class OutboxMailNotFound extends DomainException.NotFound {
    OutboxMailNotFound(UUID id) {
        super("error.404.text", "Sent mail not found: " + id);
    }
}
