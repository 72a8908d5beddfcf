package no.innomotor.dialogue.web;

import java.util.List;
import java.util.Optional;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.notices.NutsRegion;
import no.innomotor.projects.ProjectId;
import org.springframework.validation.Errors;

/**
 * The draft form (dialogue/form.jte): a new draft of the project, or the draft {@code announcement} being edited; the
 * counties to choose among; whether someone else saved first ({@code conflict}).
 */
public record AnnouncementFormPage(
        AnnouncementForm form,
        Errors errors,
        ProjectId project,
        String projectTitle,
        Optional<AnnouncementId> announcement,
        List<NutsRegion> regions,
        boolean conflict) {

    static final String TEMPLATE = "dialogue/form";

    public AnnouncementFormPage {
        regions = List.copyOf(regions);
    }

    public String action() {
        return announcement
                .map(id -> "/announcements/" + id + "/edit")
                .orElse("/projects/" + project + "/announcements");
    }
}
