package no.innomotor.dialogue;

import no.innomotor.shared.DomainException;

/** What the one-to-one meetings refuse; each names a message key the reader's language renders. */
final class MeetingExceptions {

    private MeetingExceptions() {}

    /** No such slot, or the person may not know of it (another company's booking, another buyer's slot). */
    static final class MeetingNotFound extends DomainException.NotFound {
        MeetingNotFound(MeetingSlotId id) {
            super("dialogue.meetings.error.notFound", "No visible meeting slot " + id);
        }
    }

    /** Someone booked the slot first, or changed it since the page was read: the loser of a race lands here. */
    static final class SlotTaken extends DomainException.Conflict {
        SlotTaken(MeetingSlotId id) {
            super("dialogue.meetings.error.taken", "Meeting slot " + id + " was taken or changed");
        }
    }

    /** A company holds one slot per announcement. */
    static final class AlreadyBooked extends DomainException.Conflict {
        AlreadyBooked(AnnouncementId id) {
            super("dialogue.meetings.error.alreadyBooked", "The company has a meeting in " + id + " already");
        }
    }

    /** A slot that has started is neither booked nor cancelled any more. */
    static final class SlotStarted extends DomainException.RuleBroken {
        SlotStarted(MeetingSlotId id) {
            super("dialogue.meetings.error.started", "Meeting slot " + id + " has started");
        }
    }

    /** The supplier's own cancellation closes {@link MeetingSlot#CANCEL_CUT_OFF} before the start. */
    static final class TooLateToCancel extends DomainException.RuleBroken {
        TooLateToCancel(MeetingSlotId id) {
            super("dialogue.meetings.error.tooLate", "Meeting slot " + id + " is past the cancellation cut-off");
        }
    }

    /** A free slot has no meeting to cancel or write minutes of; a booked one is not removed. */
    static final class SlotNotBooked extends DomainException.Conflict {
        SlotNotBooked(MeetingSlotId id) {
            super("dialogue.meetings.error.notBooked", "Meeting slot " + id + " is not booked");
        }
    }

    static final class SlotBooked extends DomainException.Conflict {
        SlotBooked(MeetingSlotId id) {
            super("dialogue.meetings.error.booked", "Meeting slot " + id + " is booked");
        }
    }

    /** Minutes are written after the meeting has started. */
    static final class MeetingNotHeld extends DomainException.RuleBroken {
        MeetingNotHeld(MeetingSlotId id) {
            super("dialogue.meetings.error.notHeld", "Meeting slot " + id + " has not started");
        }
    }
}
