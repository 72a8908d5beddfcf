package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** The checklist item is not on that step of that project. */
class ChecklistItemNotFound extends DomainException.NotFound {

    ChecklistItemNotFound(ChecklistItemId id) {
        super("projects.error.itemNotFound", "No checklist item " + id);
    }
}
