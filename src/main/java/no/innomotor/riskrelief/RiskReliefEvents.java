package no.innomotor.riskrelief;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Events of risk-relief applications that other modules read: the coordination of a project's funding (instruments)
 * records every application and decision from them. They carry ids and copied values, never the application's text,
 * attachments or assessments. The owner ({@link #organisation()}) is the applicant's organisation.
 */
public final class RiskReliefEvents {

    static final String OBJECT_TYPE = "riskrelief-application";

    private RiskReliefEvents() {}

    /** What a risk-relief application's events have in common. */
    public interface ApplicationEvent extends AuditableEvent {

        /** The application's id, a plain string (a UUID). */
        String applicationId();

        /** The scheme's id, a plain string (a UUID). */
        String schemeId();

        String schemeName();

        /** The instrument actor that owns the scheme. */
        OrganisationId schemeOwner();

        ProjectId project();

        @Override
        OrganisationId organisation();

        @Override
        default String objectType() {
            return OBJECT_TYPE;
        }

        @Override
        default String objectId() {
            return applicationId();
        }
    }

    /** An applicant submitted an application: the amount asked for, the period and the costs it would cover. */
    public record ApplicationSubmitted(
            @Nullable PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project,
            Money amountRequested,
            LocalDate periodStart,
            LocalDate periodEnd,
            Set<CostCategory> costCategories)
            implements ApplicationEvent {

        public ApplicationSubmitted {
            costCategories = Set.copyOf(costCategories);
        }

        @Override
        public String action() {
            return "riskrelief-application.submitted";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("scheme", schemeName, "amount", new Nok(amountRequested.kroner()));
        }
    }

    /** The applicant withdrew a submitted application before a decision. */
    public record ApplicationWithdrawn(
            @Nullable PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project)
            implements ApplicationEvent {

        @Override
        public String action() {
            return "riskrelief-application.withdrawn";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("scheme", schemeName);
        }
    }

    /** How an application was decided. */
    public enum Outcome {
        APPROVED,
        APPROVED_IN_PART,
        REJECTED
    }

    /**
     * The scheme's owner decided an application. The amount granted is zero when rejected; the period and the cost
     * categories are those the decision covers (for a rejection, those applied for).
     */
    public record ApplicationDecided(
            @Nullable PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project,
            Outcome outcome,
            Money amountGranted,
            LocalDate periodStart,
            LocalDate periodEnd,
            Set<CostCategory> costCategories,
            List<String> conditions)
            implements ApplicationEvent {

        public ApplicationDecided {
            costCategories = Set.copyOf(costCategories);
            conditions = List.copyOf(conditions);
        }

        @Override
        public String action() {
            return "riskrelief-application.decided";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "scheme",
                    schemeName,
                    "outcome",
                    new Label("riskrelief.outcome." + outcome.name()),
                    "amount",
                    new Nok(amountGranted.kroner()));
        }
    }
}
