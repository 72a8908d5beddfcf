package no.innomotor.dialogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.PublishedDialogue;
import no.innomotor.projects.PublishedDialogues;
import no.innomotor.shared.NorwegianTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the projects module what the project's newest published announcement says, so the eForms notice that
 * announces the market dialogue carries the same title, need, codes, deadline, period and contact as the
 * announcement's page, and points to that page.
 */
@Component
class AnnouncementDialogues implements PublishedDialogues {

    private final AnnouncementRepository announcements;

    AnnouncementDialogues(AnnouncementRepository announcements) {
        this.announcements = announcements;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedDialogue> newestPublished(ProjectId project) {
        return announcements.findByProjectIdOrderByCreatedAtDesc(project.value()).stream()
                .filter(announcement -> announcement.status() == AnnouncementStatus.PUBLISHED)
                .max(Comparator.comparing(Announcement::publishedAt))
                .map(this::dialogue);
    }

    private PublishedDialogue dialogue(Announcement announcement) {
        AnnouncementFacts facts = announcement.facts();
        LocalDate published = LocalDate.ofInstant(announcement.publishedAt(), NorwegianTime.ZONE);
        LocalDate deadline = LocalDate.ofInstant(announcement.interestDeadline(), NorwegianTime.ZONE);
        LocalDate end = Stream.of(deadline, facts.meetingsTo(), facts.conferenceDate())
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(deadline);
        return new PublishedDialogue(
                facts.title(),
                facts.need(),
                facts.cpvCodes(),
                facts.nutsCode(),
                "/announcements/" + announcement.id(),
                published,
                deadline,
                end,
                facts.contactName(),
                facts.contactEmail());
    }
}
