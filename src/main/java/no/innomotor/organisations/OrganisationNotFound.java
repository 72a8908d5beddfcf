package no.innomotor.organisations;

import no.innomotor.shared.DomainException;
import no.innomotor.shared.OrganisationId;

class OrganisationNotFound extends DomainException.NotFound {
    OrganisationNotFound(OrganisationId id) {
        super("error.organisation.notFound", "Organisation not found: " + id);
    }
}
