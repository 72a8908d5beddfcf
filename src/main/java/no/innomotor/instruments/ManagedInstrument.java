package no.innomotor.instruments;

import java.time.LocalDate;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A row of the keepers' list: an instrument with what needs attention. {@code callsClosed}: every call of a
 * call-based published instrument has closed, so it needs a new call; {@code nextDeadline}: the next closing date.
 */
public record ManagedInstrument(
        InstrumentId id,
        String name,
        OrganisationId owner,
        String ownerName,
        InstrumentKind kind,
        @Nullable Integer publishedNumber,
        boolean unpublishedChanges,
        boolean callsClosed,
        @Nullable LocalDate nextDeadline) {

    public boolean draft() {
        return publishedNumber == null;
    }

    public boolean needsAttention() {
        return draft() || unpublishedChanges || callsClosed;
    }
}
