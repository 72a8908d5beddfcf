package no.innomotor.instruments;

import java.time.Instant;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An instrument as one reader sees it. The public sees the latest published version ({@code content} is it); an
 * editor (the owner's people, advisers) sees the working copy, with the published version beside it if any.
 * {@code unpublishedChanges}: the working copy differs from what the public sees.
 */
public record InstrumentView(
        InstrumentId id,
        OrganisationId owner,
        String ownerName,
        InstrumentContent content,
        @Nullable PublishedInstrument published,
        boolean workingCopy,
        boolean unpublishedChanges,
        boolean canEdit,
        boolean canPublish,
        Instant changedAt,
        long version) {

    public boolean draft() {
        return published == null;
    }
}
