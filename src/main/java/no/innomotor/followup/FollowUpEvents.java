package no.innomotor.followup;

import java.time.LocalDate;
import java.util.Map;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Events the follow-up module publishes. Each is about one plan (object type followup-plan), owned by the supplier
 * company it follows up. They carry ids and copied values; never the text of goals, activities, steps, outcomes or
 * comments, which the audit trail must not spread beyond the plan's readers.
 */
public final class FollowUpEvents {

    static final String OBJECT_TYPE = "followup-plan";

    private FollowUpEvents() {}

    /** What every follow-up event has in common: the plan, the company (its owner) and the company's name. */
    public interface PlanEvent extends AuditableEvent {

        PlanId plan();

        String companyName();

        @Override
        OrganisationId organisation();

        @Override
        default String objectType() {
            return OBJECT_TYPE;
        }

        @Override
        default String objectId() {
            return plan().toString();
        }

        @Override
        default Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("company", companyName());
        }
    }

    public record PlanCreated(PersonId actor, OrganisationId organisation, PlanId plan, String companyName)
            implements PlanEvent {
        @Override
        public String action() {
            return "followup-plan.created";
        }
    }

    public record GoalsChanged(PersonId actor, OrganisationId organisation, PlanId plan, String companyName)
            implements PlanEvent {
        @Override
        public String action() {
            return "followup-plan.goals-changed";
        }
    }

    public record ActivityAdded(
            PersonId actor,
            OrganisationId organisation,
            PlanId plan,
            String companyName,
            ActivityKind kind,
            LocalDate on)
            implements PlanEvent {
        @Override
        public String action() {
            return "followup-plan.activity-added";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "company", companyName, "kind", new Label("followup.kind." + kind.name()), "date", on);
        }
    }

    /** A next step: when the supplier takes it, the company's people are told. */
    public record NextStepAdded(
            PersonId actor,
            OrganisationId organisation,
            PlanId plan,
            String companyName,
            StepId step,
            Responsible responsible,
            LocalDate due)
            implements PlanEvent {
        @Override
        public String action() {
            return "followup-plan.step-added";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "company",
                    companyName,
                    "responsible",
                    new Label("followup.responsible." + responsible.name()),
                    "due",
                    due);
        }
    }

    public record NextStepDone(
            PersonId actor, OrganisationId organisation, PlanId plan, String companyName, StepId step)
            implements PlanEvent {
        @Override
        public String action() {
            return "followup-plan.step-done";
        }
    }

    public record OutcomeAdded(PersonId actor, OrganisationId organisation, PlanId plan, String companyName)
            implements PlanEvent {
        @Override
        public String action() {
            return "followup-plan.outcome-added";
        }
    }

    /**
     * A comment on the plan: from the company ({@code fromCompany}), which tells the adviser keeping the plan
     * ({@code keeper}), or from an adviser, which tells the company's people.
     */
    public record PlanCommented(
            PersonId actor,
            OrganisationId organisation,
            PlanId plan,
            String companyName,
            boolean fromCompany,
            PersonId keeper)
            implements PlanEvent {
        @Override
        public String action() {
            return "followup-plan.commented";
        }
    }

    public record PlanClosed(PersonId actor, OrganisationId organisation, PlanId plan, String companyName)
            implements PlanEvent {
        @Override
        public String action() {
            return "followup-plan.closed";
        }
    }
}
