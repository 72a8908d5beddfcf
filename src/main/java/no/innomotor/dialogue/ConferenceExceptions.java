package no.innomotor.dialogue;

import no.innomotor.shared.DomainException;

/** What the dialogue's files, its conference and its draft documents refuse; each names a message key. */
final class ConferenceExceptions {

    private ConferenceExceptions() {}

    /** No such file, or not one the person may download: not found, so its existence does not leak. */
    static final class AttachmentNotFound extends DomainException.NotFound {
        AttachmentNotFound(AttachmentId id) {
            super("dialogue.attachment.error.notFound", "No downloadable attachment " + id);
        }
    }

    /** A withdrawn announcement takes no more files. */
    static final class AnnouncementWithdrawnAlready extends DomainException.Conflict {
        AnnouncementWithdrawnAlready(AnnouncementId id) {
            super("dialogue.attachment.error.withdrawn", "Announcement " + id + " is withdrawn");
        }
    }

    /** The announcement has no conference (yet). */
    static final class ConferenceNotFound extends DomainException.NotFound {
        ConferenceNotFound(AnnouncementId id) {
            super("dialogue.conference.error.notFound", "No conference for " + id);
        }
    }

    /** Someone changed the conference after the version the person edited. */
    static final class ConferenceChangedConcurrently extends DomainException.Conflict {
        ConferenceChangedConcurrently(AnnouncementId id) {
            super("dialogue.conference.error.concurrent", "Conference of " + id + " changed concurrently");
        }
    }

    /** Registration for the conference closes at the interest deadline. */
    static final class ConferenceRegistrationClosed extends DomainException.RuleBroken {
        ConferenceRegistrationClosed(AnnouncementId id) {
            super("dialogue.conference.error.closed", "Conference registration of " + id + " is closed");
        }
    }

    /** Only companies registered for the dialogue register for its conference or comment on its drafts. */
    static final class NotInDialogue extends DomainException.RuleBroken {
        NotInDialogue(AnnouncementId id) {
            super("dialogue.conference.error.notInDialogue", "The company has not registered for " + id);
        }
    }

    static final class AlreadyAtConference extends DomainException.Conflict {
        AlreadyAtConference(AnnouncementId id) {
            super("dialogue.conference.error.already", "The company has registered for the conference of " + id);
        }
    }

    static final class NotAtConference extends DomainException.RuleBroken {
        NotAtConference(AnnouncementId id) {
            super("dialogue.conference.error.notRegistered", "The company is not registered for the conference " + id);
        }
    }

    /** No such draft document, or the person may not know it. */
    static final class DraftNotFound extends DomainException.NotFound {
        DraftNotFound(DraftId id) {
            super("dialogue.draft.error.notFound", "No visible draft " + id);
        }
    }

    /** Comments close at the comment deadline. */
    static final class DraftCommentsClosed extends DomainException.RuleBroken {
        DraftCommentsClosed(DraftId id) {
            super("dialogue.draft.error.closed", "The comment deadline of " + id + " has passed");
        }
    }

    static final class DraftSummaryPublished extends DomainException.Conflict {
        DraftSummaryPublished(DraftId id) {
            super("dialogue.draft.error.summarised", "The summary of " + id + " is published already");
        }
    }
}
