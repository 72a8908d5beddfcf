package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** Only items the team added themselves can be removed; seeded guidance stays. */
class ChecklistItemNotRemovable extends DomainException.RuleBroken {

    ChecklistItemNotRemovable(ChecklistItemId id) {
        super("projects.error.itemNotRemovable", "Checklist item " + id + " is guidance and cannot be removed");
    }
}
