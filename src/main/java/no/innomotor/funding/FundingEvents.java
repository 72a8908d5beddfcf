package no.innomotor.funding;

import java.util.Map;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Events of the entries a project's team records (object type funding-entry, owned by the project's organisation).
 * They carry ids, the instrument's and the actor's names; never amounts or notes, which stay with the project's
 * readers. Entries that follow risk-relief applications raise none: the application's own events are on record.
 */
public final class FundingEvents {

    static final String OBJECT_TYPE = "funding-entry";

    private FundingEvents() {}

    /** What the entry events have in common. */
    public interface EntryEvent extends AuditableEvent {

        FundingEntryId entry();

        ProjectId project();

        String instrumentName();

        String actorName();

        @Override
        OrganisationId organisation();

        @Override
        default String objectType() {
            return OBJECT_TYPE;
        }

        @Override
        default String objectId() {
            return entry().toString();
        }

        @Override
        default Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("instrument", instrumentName(), "actor", actorName());
        }
    }

    public record EntryRecorded(
            PersonId actor,
            OrganisationId organisation,
            FundingEntryId entry,
            ProjectId project,
            String instrumentName,
            String actorName)
            implements EntryEvent {
        @Override
        public String action() {
            return "funding-entry.recorded";
        }
    }

    public record EntryChanged(
            PersonId actor,
            OrganisationId organisation,
            FundingEntryId entry,
            ProjectId project,
            String instrumentName,
            String actorName)
            implements EntryEvent {
        @Override
        public String action() {
            return "funding-entry.changed";
        }
    }

    public record EntryRemoved(
            PersonId actor,
            OrganisationId organisation,
            FundingEntryId entry,
            ProjectId project,
            String instrumentName,
            String actorName)
            implements EntryEvent {
        @Override
        public String action() {
            return "funding-entry.removed";
        }
    }
}
