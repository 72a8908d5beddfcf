package no.innomotor.dialogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.StepCompletionChecks;
import no.innomotor.projects.StepFinding;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.RoadmapStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The equal-treatment check before the competition is announced: when the team completes the market-dialogue step,
 * the platform lists what was shared with some suppliers but not yet with all, per announcement of the project, and
 * the team confirms it (the projects module refuses the completion otherwise). Each finding links to where the
 * team can share it.
 */
@Component
class DialogueStepChecks implements StepCompletionChecks {

    /** How long suppliers should have after the last one-to-one meeting before the competition is announced. */
    static final Duration HEAD_START = Duration.ofDays(14);

    private final AnnouncementRepository announcements;
    private final QuestionRepository questions;
    private final MeetingSlotRepository slots;
    private final ConferenceRepository conferences;
    private final DraftDocumentRepository drafts;
    private final DraftCommentRepository comments;
    private final Clock clock;

    DialogueStepChecks(
            AnnouncementRepository announcements,
            QuestionRepository questions,
            MeetingSlotRepository slots,
            ConferenceRepository conferences,
            DraftDocumentRepository drafts,
            DraftCommentRepository comments,
            Clock clock) {
        this.announcements = announcements;
        this.questions = questions;
        this.slots = slots;
        this.conferences = conferences;
        this.drafts = drafts;
        this.comments = comments;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StepFinding> findings(ProjectId project, RoadmapStep step) {
        if (step != RoadmapStep.MARKET_DIALOGUE) {
            return List.of();
        }
        List<StepFinding> findings = new ArrayList<>();
        for (Announcement announcement : announced(project)) {
            findings.addAll(findings(announcement));
        }
        return findings;
    }

    /** The project's announcements that suppliers have seen: published or withdrawn, not drafts. */
    List<Announcement> announced(ProjectId project) {
        return announcements.findByProjectIdOrderByCreatedAtDesc(project.value()).stream()
                .filter(announcement -> announcement.status() != AnnouncementStatus.DRAFT)
                .toList();
    }

    /** What one announcement's dialogue shared with some suppliers but not yet with all. */
    List<StepFinding> findings(Announcement announcement) {
        List<StepFinding> findings = new ArrayList<>();
        String page = "/announcements/" + announcement.id();
        long unanswered = questions.countByAnnouncementIdAndMainQuestionIsNullAndStateNot(
                announcement.id().value(), QuestionState.ANSWERED);
        if (unanswered > 0) {
            findings.add(new StepFinding(
                    "dialogue.equal.unanswered", List.of(unanswered, announcement.title()), page + "#questions"));
        }
        Instant now = clock.instant();
        List<MeetingSlot> held = slots
                .findByAnnouncementIdOrderByStartsAt(announcement.id().value())
                .stream()
                .filter(slot -> slot.booked() && slot.started(now))
                .toList();
        if (!held.isEmpty()) {
            // What the team said in a one-to-one meeting reached that supplier alone.
            findings.add(new StepFinding(
                    "dialogue.equal.meetings", List.of(held.size(), announcement.title()), page + "/log"));
            Instant last = held.get(held.size() - 1).endsAt();
            long days = Duration.between(last, now).toDays();
            if (Duration.between(last, now).compareTo(HEAD_START) < 0) {
                findings.add(new StepFinding(
                        "dialogue.equal.headStart", List.of(days, HEAD_START.toDays()), page + "#meetings"));
            }
        }
        conferences
                .findByAnnouncementId(announcement.id().value())
                .filter(conference -> conference.plan().date().isBefore(NorwegianTime.today(clock)))
                .filter(conference -> conference.minutesPublishedAt() == null)
                .ifPresent(conference -> findings.add(new StepFinding(
                        "dialogue.equal.conferenceMinutes", List.of(announcement.title()), page + "/conference")));
        for (DraftDocument draft : drafts.findByAnnouncementIdOrderByPublishedAtDesc(
                announcement.id().value())) {
            long count = comments.countByDraftId(draft.id().value());
            if (count > 0 && draft.summaryPublishedAt() == null) {
                findings.add(new StepFinding(
                        "dialogue.equal.draftSummary", List.of(count, draft.title()), "/drafts/" + draft.id()));
            }
        }
        return findings;
    }
}
