package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** The document does not belong to that project. */
class DocumentNotFound extends DomainException.NotFound {

    DocumentNotFound(DocumentId id) {
        super("projects.error.documentNotFound", "No document " + id);
    }
}
