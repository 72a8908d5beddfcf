package no.innomotor.notices;

import java.util.List;
import java.util.Map;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** Events the notices module publishes about the opportunities it keeps. */
public final class NoticeEvents {

    private NoticeEvents() {}

    /** A notice was imported as a new opportunity. */
    public record NoticeImported(
            @Nullable PersonId actor,
            OpportunityId opportunity,
            String noticeId,
            String noticeVersion,
            @Nullable String subtype,
            String source)
            implements AuditableEvent {
        @Override
        public String action() {
            return "opportunity.imported";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "noticeId", noticeId, "noticeVersion", noticeVersion, "subtype", subtype, "source", source);
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "opportunity";
        }

        @Override
        public String objectId() {
            return opportunity.toString();
        }

        @Override
        public String summary() {
            return "Imported eForms notice " + noticeId + " version " + noticeVersion + " (subtype " + subtype
                    + ") from " + source;
        }
    }

    /** A newer version of a notice, or a change notice, replaced an opportunity's content. */
    public record NoticeUpdated(
            @Nullable PersonId actor,
            OpportunityId opportunity,
            String noticeId,
            String noticeVersion,
            @Nullable String subtype,
            String source)
            implements AuditableEvent {
        @Override
        public String action() {
            return "opportunity.updated";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "noticeId", noticeId, "noticeVersion", noticeVersion, "subtype", subtype, "source", source);
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "opportunity";
        }

        @Override
        public String objectId() {
            return opportunity.toString();
        }

        @Override
        public String summary() {
            return "Updated from eForms notice " + noticeId + " version " + noticeVersion + " (subtype " + subtype
                    + ") from " + source;
        }
    }

    /**
     * An announcement published on the platform was listed as an opportunity (or listed again after a change), so
     * the list, the feed, the API and supplier matching find it. Supplier alerts listen to this.
     */
    public record OpportunityListed(
            @Nullable PersonId actor,
            OpportunityId opportunity,
            String reference,
            String title,
            String sourceUrl,
            List<String> cpvCodes,
            List<String> nutsCodes)
            implements AuditableEvent {
        public OpportunityListed {
            cpvCodes = List.copyOf(cpvCodes);
            nutsCodes = List.copyOf(nutsCodes);
        }

        @Override
        public String action() {
            return "opportunity.listed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title, "cpvCodes", cpvCodes);
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "opportunity";
        }

        @Override
        public String objectId() {
            return opportunity.toString();
        }
    }

    /** A listed announcement was withdrawn: its opportunity is marked cancelled. */
    public record OpportunityListingCancelled(
            @Nullable PersonId actor, OpportunityId opportunity, String reference, String title)
            implements AuditableEvent {
        @Override
        public String action() {
            return "opportunity.listing-cancelled";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title);
        }

        @Override
        public @Nullable OrganisationId organisation() {
            return null;
        }

        @Override
        public String objectType() {
            return "opportunity";
        }

        @Override
        public String objectId() {
            return opportunity.toString();
        }
    }
}
