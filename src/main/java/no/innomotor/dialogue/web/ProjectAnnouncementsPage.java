package no.innomotor.dialogue.web;

import java.util.List;
import no.innomotor.dialogue.AnnouncementSummary;
import no.innomotor.projects.ProjectDetails;

/**
 * A project's market-dialogue announcements (dialogue/projectAnnouncements.jte), with whether the reader may draft
 * one ({@code canDraft}: a buyer of the owning organisation) whether the project has reached step 3, and
 * whether the reader is of the team ({@code team}: links to each announcement's dialogue log).
 */
public record ProjectAnnouncementsPage(
        ProjectDetails project,
        List<AnnouncementSummary> announcements,
        boolean canDraft,
        boolean stepReached,
        boolean team) {

    static final String TEMPLATE = "dialogue/projectAnnouncements";

    public ProjectAnnouncementsPage {
        announcements = List.copyOf(announcements);
    }
}
