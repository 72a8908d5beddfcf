package no.innomotor.dialogue;

import java.time.Instant;
import no.innomotor.projects.ProjectId;
import org.jspecify.annotations.Nullable;

/** An announcement in a list: a project's announcements, or the published ones. */
public record AnnouncementSummary(
        AnnouncementId id,
        ProjectId project,
        String title,
        String organisationName,
        AnnouncementStatus status,
        @Nullable Instant interestDeadline,
        @Nullable Instant publishedAt) {

    public String path() {
        return "/announcements/" + id;
    }
}
