package no.innomotor.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Events the dialogue module publishes. Each is about one announcement (object type announcement), owned by the
 * buyer's organisation, so the announcement's history is one list. They carry ids and copied values; never the text
 * of a question or of written input, which the audit trail must not spread beyond the team.
 */
public final class DialogueEvents {

    static final String OBJECT_TYPE = "announcement";

    private DialogueEvents() {}

    /** What every dialogue event has in common. */
    public interface DialogueEvent extends AuditableEvent {

        AnnouncementId announcement();

        /** The announcement's title, as the audit sentence names it. */
        String title();

        @Override
        default String objectType() {
            return OBJECT_TYPE;
        }

        @Override
        default String objectId() {
            return announcement().toString();
        }

        @Override
        default Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title());
        }
    }

    public record AnnouncementDrafted(
            PersonId actor, OrganisationId organisation, AnnouncementId announcement, ProjectId project, String title)
            implements DialogueEvent {
        @Override
        public String action() {
            return "announcement.drafted";
        }
    }

    public record AnnouncementChanged(
            PersonId actor, OrganisationId organisation, AnnouncementId announcement, String title)
            implements DialogueEvent {
        @Override
        public String action() {
            return "announcement.changed";
        }
    }

    /** Published: the public page opens and the opportunity list carries it. Supplier alerts listen to this. */
    public record AnnouncementPublished(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            ProjectId project,
            String title,
            Instant interestDeadline)
            implements DialogueEvent {
        @Override
        public String action() {
            return "announcement.published";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "deadline", interestDeadline);
        }
    }

    public record AnnouncementWithdrawn(
            PersonId actor, OrganisationId organisation, AnnouncementId announcement, String title)
            implements DialogueEvent {
        @Override
        public String action() {
            return "announcement.withdrawn";
        }
    }

    /** A company registered interest; {@code organisation} is the buyer's, which owns the announcement. */
    public record InterestRegistered(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            OrganisationId company,
            String companyName,
            int participants)
            implements DialogueEvent {
        @Override
        public String action() {
            return "announcement.interest-registered";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName, "participants", participants);
        }
    }

    public record RegistrationCancelled(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            OrganisationId company,
            String companyName)
            implements DialogueEvent {
        @Override
        public String action() {
            return "announcement.registration-cancelled";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName);
        }
    }

    /** A question arrived; its text stays with the question, not in the audit trail. */
    public record QuestionAsked(
            PersonId actor, OrganisationId organisation, AnnouncementId announcement, String title, QuestionId question)
            implements DialogueEvent {
        @Override
        public String action() {
            return "question.asked";
        }
    }

    public record QuestionTakenUp(
            PersonId actor, OrganisationId organisation, AnnouncementId announcement, String title, QuestionId question)
            implements DialogueEvent {
        @Override
        public String action() {
            return "question.taken-up";
        }
    }

    /** A duplicate now points to its main question and is answered with it. */
    public record QuestionBundled(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            QuestionId question,
            QuestionId mainQuestion)
            implements DialogueEvent {
        @Override
        public String action() {
            return "question.bundled";
        }
    }

    /**
     * An answer was published: on the public page, and to every company registered at that moment ({@code
     * registeredCompanies}), which the notifications module tells.
     */
    public record AnswerPublished(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            QuestionId question,
            List<OrganisationId> registeredCompanies)
            implements DialogueEvent {
        public AnswerPublished {
            registeredCompanies = List.copyOf(registeredCompanies);
        }

        @Override
        public String action() {
            return "question.answered";
        }
    }

    /** Written input arrived; confidential, so neither its text nor its sender's company is in the trail's words. */
    public record InputSent(
            PersonId actor, OrganisationId organisation, AnnouncementId announcement, String title, InputId input)
            implements DialogueEvent {
        @Override
        public String action() {
            return "input.sent";
        }
    }

    /**
     * A registered company agreed to be shown to the other companies in the announcement's matchmaking; what it
     * offers stays with the entry.
     */
    public record MatchmakingJoined(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            OrganisationId company,
            String companyName)
            implements DialogueEvent {
        @Override
        public String action() {
            return "announcement.matchmaking-joined";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName);
        }
    }

    /** The company is no longer shown to the others (it left, or cancelled its registration). */
    public record MatchmakingLeft(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            OrganisationId company,
            String companyName)
            implements DialogueEvent {
        @Override
        public String action() {
            return "announcement.matchmaking-left";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName);
        }
    }

    // ---- the dialogue conference and draft documents ----

    /** The team set up (or changed) the dialogue conference: date, place, capacity and agenda. */
    public record ConferenceScheduled(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            java.time.LocalDate date,
            int capacity)
            implements DialogueEvent {
        @Override
        public String action() {
            return "conference.scheduled";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "date", date, "capacity", capacity);
        }
    }

    /** A company got places at the conference for the people it named. */
    public record ConferenceRegistered(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            OrganisationId company,
            String companyName,
            int participants)
            implements DialogueEvent {
        @Override
        public String action() {
            return "conference.registered";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName, "participants", participants);
        }
    }

    /** The conference was full for the company's people: it went on the waiting list. */
    public record ConferenceWaitlisted(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            OrganisationId company,
            String companyName,
            int participants)
            implements DialogueEvent {
        @Override
        public String action() {
            return "conference.waitlisted";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName, "participants", participants);
        }
    }

    public record ConferenceRegistrationCancelled(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            OrganisationId company,
            String companyName)
            implements DialogueEvent {
        @Override
        public String action() {
            return "conference.registration-cancelled";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName);
        }
    }

    /** Places came free and a waiting company got them; its suppliers are told. */
    public record ConferencePlaceGiven(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            OrganisationId company,
            String companyName)
            implements DialogueEvent {
        @Override
        public String action() {
            return "conference.place-given";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName);
        }
    }

    /** Presentation material was published to every company registered for the dialogue ({@code registeredCompanies}). */
    public record ConferenceMaterialPublished(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            int files,
            List<OrganisationId> registeredCompanies)
            implements DialogueEvent {
        public ConferenceMaterialPublished {
            registeredCompanies = List.copyOf(registeredCompanies);
        }

        @Override
        public String action() {
            return "conference.material-published";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "files", files);
        }
    }

    /** The conference's minutes were published to every company registered; the text stays with the conference. */
    public record ConferenceMinutesPublished(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            List<OrganisationId> registeredCompanies)
            implements DialogueEvent {
        public ConferenceMinutesPublished {
            registeredCompanies = List.copyOf(registeredCompanies);
        }

        @Override
        public String action() {
            return "conference.minutes-published";
        }
    }

    /** A draft tender document went out for comment to every company registered. */
    public record DraftDocumentPublished(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            DraftId draft,
            String draftTitle,
            Instant commentDeadline,
            List<OrganisationId> registeredCompanies)
            implements DialogueEvent {
        public DraftDocumentPublished {
            registeredCompanies = List.copyOf(registeredCompanies);
        }

        @Override
        public String action() {
            return "draft.published";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "draft", draftTitle, "deadline", commentDeadline);
        }
    }

    /** A company commented on a draft; the comment and who wrote it stay out of the trail's words. */
    public record DraftDocumentCommented(
            PersonId actor, OrganisationId organisation, AnnouncementId announcement, String title, DraftId draft)
            implements DialogueEvent {
        @Override
        public String action() {
            return "draft.commented";
        }
    }

    /** The team's summary of the comments, naming nobody, was published to every company registered. */
    public record DraftSummaryPublished(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            DraftId draft,
            String draftTitle,
            List<OrganisationId> registeredCompanies)
            implements DialogueEvent {
        public DraftSummaryPublished {
            registeredCompanies = List.copyOf(registeredCompanies);
        }

        @Override
        public String action() {
            return "draft.summary-published";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "draft", draftTitle);
        }
    }

    // ---- one-to-one meetings: never the minutes' text, which stays with the slot ----

    /** The team published a series of slots of one day, each {@code minutes} long. */
    public record MeetingSlotsPublished(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            java.time.LocalDate date,
            int slots,
            int minutes)
            implements DialogueEvent {
        @Override
        public String action() {
            return "meeting.slots-published";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "date", date, "slots", slots, "minutes", minutes);
        }
    }

    /** The team removed a free slot. */
    public record MeetingSlotRemoved(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            MeetingSlotId slot,
            Instant startsAt)
            implements DialogueEvent {
        @Override
        public String action() {
            return "meeting.slot-removed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "startsAt", startsAt);
        }
    }

    /** A company booked a slot; the buyer's team is told. */
    public record MeetingBooked(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            MeetingSlotId slot,
            Instant startsAt,
            OrganisationId company,
            String companyName)
            implements DialogueEvent {
        @Override
        public String action() {
            return "meeting.booked";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName, "startsAt", startsAt);
        }
    }

    /** The booking company cancelled its meeting before the cut-off. */
    public record MeetingCancelled(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            MeetingSlotId slot,
            Instant startsAt,
            OrganisationId company,
            String companyName)
            implements DialogueEvent {
        @Override
        public String action() {
            return "meeting.cancelled";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName, "startsAt", startsAt);
        }
    }

    /** The buyer's team cancelled a booked meeting; the company ({@code company}) is told. */
    public record MeetingCancelledByBuyer(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            MeetingSlotId slot,
            Instant startsAt,
            OrganisationId company,
            String companyName)
            implements DialogueEvent {
        @Override
        public String action() {
            return "meeting.cancelled-by-buyer";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName, "startsAt", startsAt);
        }
    }

    /** The note-taker recorded the minutes of a held meeting; the text is in the slot and the dialogue log only. */
    public record MinutesRecorded(
            PersonId actor,
            OrganisationId organisation,
            AnnouncementId announcement,
            String title,
            MeetingSlotId slot,
            OrganisationId company,
            String companyName)
            implements DialogueEvent {
        @Override
        public String action() {
            return "meeting.minutes-recorded";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "company", companyName);
        }
    }
}
