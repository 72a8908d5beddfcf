package no.innomotor.suppliers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.AuditableEvent.Label;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Events the suppliers module publishes. Profile changes go into the audit trail; alerts and changes of followed
 * opportunities are told to the people concerned by the notifications module, which reads the details through
 * {@link SupplierAlerts}. They carry ids and copied values, never entities.
 */
public final class SupplierEvents {

    private SupplierEvents() {}

    /** A company wrote its supplier profile for the first time. */
    public record ProfileCreated(
            @Nullable PersonId actor,
            OrganisationId organisation,
            String companyName,
            SizeClass sizeClass,
            boolean listed)
            implements AuditableEvent {
        @Override
        public String objectType() {
            return "supplier-profile";
        }

        @Override
        public String objectId() {
            return organisation.toString();
        }

        @Override
        public String action() {
            return "supplier-profile.created";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "company",
                    companyName,
                    "sizeClass",
                    new Label("suppliers.size." + sizeClass.name()),
                    "listed",
                    listed);
        }

        @Override
        public String summary() {
            return "Created the supplier profile of " + companyName;
        }
    }

    /** A company changed its supplier profile, or what of it buyers and advisers see. */
    public record ProfileUpdated(
            @Nullable PersonId actor,
            OrganisationId organisation,
            String companyName,
            SizeClass sizeClass,
            boolean listed,
            boolean contactsVisible,
            boolean referencesVisible,
            boolean growthVisible,
            List<String> competences)
            implements AuditableEvent {

        public ProfileUpdated {
            competences = List.copyOf(competences);
        }

        @Override
        public String objectType() {
            return "supplier-profile";
        }

        @Override
        public String objectId() {
            return organisation.toString();
        }

        @Override
        public String action() {
            return "supplier-profile.updated";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "company",
                    companyName,
                    "sizeClass",
                    new Label("suppliers.size." + sizeClass.name()),
                    "listed",
                    listed,
                    "contactsVisible",
                    contactsVisible,
                    "referencesVisible",
                    referencesVisible,
                    "growthVisible",
                    growthVisible,
                    "competences",
                    competences);
        }

        @Override
        public String summary() {
            return "Changed the supplier profile of " + companyName;
        }
    }

    /**
     * A new opportunity matched supplier profiles or saved searches, and the alerts were recorded at {@code recordedAt}
     * ({@link SupplierAlerts#recordedAt} lists them). Opportunity ids are plain UUIDs here, so a listener needs no
     * type of the notices module.
     */
    public record SuppliersAlerted(
            UUID opportunity, String opportunityTitle, Instant recordedAt, int alerts, int organisations)
            implements AuditableEvent {

        @Override
        public @Nullable PersonId actor() {
            return null;
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
        public String action() {
            return "opportunity.suppliers-alerted";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "opportunity", opportunityTitle, "alerts", alerts, "organisations", organisations);
        }

        @Override
        public String summary() {
            return "Alerted " + organisations + " suppliers (" + alerts + " alerts) of " + opportunityTitle;
        }
    }

    /** An opportunity that supplier people follow was updated by a newer notice. */
    public record FollowedOpportunityUpdated(UUID opportunity, String opportunityTitle, List<PersonId> followers) {

        public FollowedOpportunityUpdated {
            followers = List.copyOf(followers);
        }
    }
}
