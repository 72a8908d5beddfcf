package no.innomotor.dialogue.web;

import java.util.List;
import no.innomotor.dialogue.AnnouncementSummary;
import no.innomotor.projects.ProjectDetails;

/**
 * A project's market-dialogue announcements (dialogue/projectAnnouncements.jte), with whether the reader may draft
 * one ({@code canDraft}: a buyer of the owning organisation) and whether the project has reached step 3.
 */
public record ProjectAnnouncementsPage(
        ProjectDetails project, List<AnnouncementSummary> announcements, boolean canDraft, boolean stepReached) {

    static final String TEMPLATE = "dialogue/projectAnnouncements";

    public ProjectAnnouncementsPage {
        announcements = List.copyOf(announcements);
    }
}
