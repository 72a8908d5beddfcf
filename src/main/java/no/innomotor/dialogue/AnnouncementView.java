package no.innomotor.dialogue;

import java.time.Instant;
import java.util.Optional;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * One announcement as the reader may see it: its facts, where it stands, and what the reader is to it — the buyer's
 * team, a supplier (with its company's registration, if any) or anyone else.
 */
public record AnnouncementView(
        AnnouncementId id,
        ProjectId project,
        OrganisationId organisation,
        String organisationName,
        AnnouncementFacts facts,
        AnnouncementStatus status,
        @Nullable Instant publishedAt,
        long version,
        boolean open,
        Reader reader,
        Optional<RegistrationView> registration) {

    /** What the reader is to the announcement. */
    public enum Reader {
        /** A buyer of the owning organisation: works the questions, reads all input. */
        TEAM,
        /** A person with the supplier role in a company: registers, asks and writes input for it. */
        SUPPLIER,
        /** Anyone else, signed in or not: the published page. */
        PUBLIC
    }

    public boolean team() {
        return reader == Reader.TEAM;
    }

    public boolean supplier() {
        return reader == Reader.SUPPLIER;
    }

    public boolean registered() {
        return registration.isPresent();
    }

    public boolean draft() {
        return status == AnnouncementStatus.DRAFT;
    }

    public boolean published() {
        return status == AnnouncementStatus.PUBLISHED;
    }

    public String path() {
        return "/announcements/" + id;
    }
}
