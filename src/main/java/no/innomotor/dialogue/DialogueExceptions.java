package no.innomotor.dialogue;

import no.innomotor.shared.DomainException;

/** What the dialogue module refuses; each names a message key the reader's language renders. */
final class DialogueExceptions {

    private DialogueExceptions() {}

    /** No such announcement, or the person may not know it exists (a draft outside the team). */
    static final class AnnouncementNotFound extends DomainException.NotFound {
        AnnouncementNotFound(AnnouncementId id) {
            super("dialogue.error.notFound", "No visible announcement " + id);
        }
    }

    /** No such question, or the person may not know it exists. */
    static final class QuestionNotFound extends DomainException.NotFound {
        QuestionNotFound(QuestionId id) {
            super("dialogue.error.questionNotFound", "No visible question " + id);
        }
    }

    /** Only a draft is edited or published; a published or withdrawn announcement keeps what it said. */
    static final class AnnouncementNotDraft extends DomainException.Conflict {
        AnnouncementNotDraft(AnnouncementId id, AnnouncementStatus status) {
            super("dialogue.error.notDraft." + status.name(), "Announcement " + id + " is " + status);
        }
    }

    /** Only a published announcement is withdrawn, registered for, asked or written to. */
    static final class AnnouncementNotPublished extends DomainException.Conflict {
        AnnouncementNotPublished(AnnouncementId id) {
            super("dialogue.error.notPublished", "Announcement " + id + " is not published");
        }
    }

    /** The interest deadline has passed: registration and questions are closed. */
    static final class DialogueClosed extends DomainException.RuleBroken {
        DialogueClosed(AnnouncementId id) {
            super("dialogue.error.closed", "The interest deadline of " + id + " has passed");
        }
    }

    /** Questions and input come from registered companies. */
    static final class NotRegistered extends DomainException.RuleBroken {
        NotRegistered(AnnouncementId id) {
            super("dialogue.error.notRegistered", "The company has not registered for " + id);
        }
    }

    static final class AlreadyRegistered extends DomainException.Conflict {
        AlreadyRegistered(AnnouncementId id) {
            super("dialogue.error.alreadyRegistered", "The company has registered for " + id + " already");
        }
    }

    /** Announcements belong to the market dialogue: step 3 of the roadmap or later. */
    static final class StepTooEarly extends DomainException.RuleBroken {
        StepTooEarly() {
            super("dialogue.error.stepTooEarly", "The project has not reached the market dialogue");
        }
    }

    static final class QuestionAlreadyAnswered extends DomainException.Conflict {
        QuestionAlreadyAnswered(QuestionId id) {
            super("dialogue.error.answered", "Question " + id + " is answered already");
        }
    }

    /** A duplicate points to a main question of the same announcement that is itself no duplicate. */
    static final class NotAMainQuestion extends DomainException.RuleBroken {
        NotAMainQuestion(QuestionId id) {
            super("dialogue.error.notMain", "Question " + id + " cannot be a main question");
        }
    }

    /** A stopped or completed project announces nothing more. */
    static final class ProjectClosed extends DomainException.RuleBroken {
        ProjectClosed() {
            super("dialogue.error.projectClosed", "The project is stopped or completed");
        }
    }

    static final class AlreadyInMatchmaking extends DomainException.Conflict {
        AlreadyInMatchmaking(AnnouncementId id) {
            super("dialogue.error.alreadyMatched", "The company takes part in the matchmaking of " + id + " already");
        }
    }

    static final class NotInMatchmaking extends DomainException.Conflict {
        NotInMatchmaking(AnnouncementId id) {
            super("dialogue.error.notMatched", "The company does not take part in the matchmaking of " + id);
        }
    }
}
