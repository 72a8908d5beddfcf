package no.innomotor.knowledge;

import no.innomotor.shared.DomainException;

/** No open project by that ocid: unknown, another publisher's, or a project that is not open data (a draft). */
class OpenProjectNotFound extends DomainException.NotFound {

    OpenProjectNotFound(String ocid) {
        super("opendata.error.not-found", "No open project for ocid " + ocid);
    }
}
