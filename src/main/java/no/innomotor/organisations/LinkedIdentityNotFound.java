package no.innomotor.organisations;

import java.util.UUID;
import no.innomotor.shared.DomainException;

/** No linked identity with that id belongs to the signed-in person. */
class LinkedIdentityNotFound extends DomainException.NotFound {
    LinkedIdentityNotFound(UUID id) {
        super("error.404.text", "Linked identity not found: " + id);
    }
}
