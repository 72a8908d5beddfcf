package no.innomotor.dialogue;

import java.util.ArrayList;
import java.util.List;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.StepCompletionChecks;
import no.innomotor.projects.StepFinding;
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

    private final AnnouncementRepository announcements;
    private final QuestionRepository questions;

    DialogueStepChecks(AnnouncementRepository announcements, QuestionRepository questions) {
        this.announcements = announcements;
        this.questions = questions;
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
        return findings;
    }
}
