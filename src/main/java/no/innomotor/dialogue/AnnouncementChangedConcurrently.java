package no.innomotor.dialogue;

import no.innomotor.shared.DomainException;

/** Someone saved the announcement after the version the person edited; the form is shown again with their text. */
public class AnnouncementChangedConcurrently extends DomainException.Conflict {

    AnnouncementChangedConcurrently(AnnouncementId id) {
        super("dialogue.error.concurrent", "Announcement " + id + " changed concurrently");
    }
}
