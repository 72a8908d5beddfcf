package no.innomotor.funding;

import no.innomotor.shared.DomainException;
import no.innomotor.shared.OrganisationId;

/** What the funding module refuses; each names a message key the reader's language renders. */
public final class FundingExceptions {

    private FundingExceptions() {}

    /** No such entry on the project, or the person may not know it exists. */
    public static final class EntryNotFound extends DomainException.NotFound {
        EntryNotFound(FundingEntryId id) {
            super("funding.error.entryNotFound", "No visible funding entry " + id);
        }
    }

    /** No such instrument actor, or the person may not read its portfolio. */
    public static final class ActorNotFound extends DomainException.NotFound {
        public ActorNotFound(OrganisationId id) {
            super("funding.error.actorNotFound", "No visible instrument actor " + id);
        }
    }

    /** Someone saved the entry (or the project's funding budget) after the version the person edited. */
    public static final class ChangedConcurrently extends DomainException.Conflict {
        ChangedConcurrently(Object id) {
            super("funding.error.concurrent", "Funding " + id + " changed concurrently");
        }
    }

    /** Entries from a risk-relief application follow the application's events; nobody edits them by hand. */
    public static final class EntryFromRiskRelief extends DomainException.Conflict {
        EntryFromRiskRelief(FundingEntryId id) {
            super("funding.error.fromRiskRelief", "Entry " + id + " follows a risk-relief application");
        }
    }

    /** A broken rule of an entry, on one field of the form. */
    public static final class EntryRejected extends DomainException.RuleBroken {
        private final String field;

        EntryRejected(String field, String messageKey) {
            super(messageKey, "Funding entry refused on " + field);
            this.field = field;
        }

        /** The form field the rule is about. */
        public String field() {
            return field;
        }
    }
}
