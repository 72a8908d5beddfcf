package no.innomotor.organisations;

import java.util.UUID;
import no.innomotor.shared.DomainException;

/** No access token with that id belongs to the signed-in person (another person's is not found either). */
class AccessTokenNotFound extends DomainException.NotFound {
    AccessTokenNotFound(UUID id) {
        super("error.404.text", "Access token not found: " + id);
    }
}
