package no.innomotor.projects;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * What the project's published market-dialogue announcement says, as its consultation notice reuses it: the notice
 * takes these values wherever the buyer's own notice data leaves a field empty, before falling back to the project.
 *
 * @param path the announcement's public page, relative to the platform's address ("/announcements/…")
 * @param publishedOn the day the dialogue opened
 * @param responseDeadline the last day to register interest
 * @param dialogueEnd the last day of the dialogue: the meetings, the conference or the deadline, whichever is last
 */
public record PublishedDialogue(
        String title,
        String need,
        List<CpvCode> cpvCodes,
        NutsCode nutsCode,
        String path,
        LocalDate publishedOn,
        LocalDate responseDeadline,
        LocalDate dialogueEnd,
        @Nullable String contactName,
        @Nullable String contactEmail) {

    public PublishedDialogue {
        cpvCodes = List.copyOf(cpvCodes);
    }
}
