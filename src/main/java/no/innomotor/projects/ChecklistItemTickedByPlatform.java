package no.innomotor.projects;

import no.innomotor.shared.DomainException;

/** Some checklist items record what the platform sees happen (the mandate signed); nobody ticks them by hand. */
class ChecklistItemTickedByPlatform extends DomainException.RuleBroken {

    ChecklistItemTickedByPlatform(ChecklistItemId item) {
        super("projects.error.itemTickedByPlatform", "Checklist item " + item + " is ticked by the platform");
    }
}
