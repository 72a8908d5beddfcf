package no.innomotor.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What the project's team did to its benefit plan, for the audit trail (object type benefit-plan, the project's id,
 * owned by the project's organisation). They carry the benefit's title and what was measured, never the plan's risks
 * or a measurement's comment. {@link BenefitFiguresChanged} is the plan's whole picture for readers; these say who
 * changed what.
 */
public final class BenefitEvents {

    static final String OBJECT_TYPE = "benefit-plan";

    private BenefitEvents() {}

    /** What the plan's events have in common. */
    public interface PlanEvent extends AuditableEvent {

        ProjectId project();

        @Override
        PersonId actor();

        @Override
        OrganisationId organisation();

        @Override
        default String objectType() {
            return OBJECT_TYPE;
        }

        @Override
        default String objectId() {
            return project().toString();
        }
    }

    public record BenefitAdded(
            PersonId actor, OrganisationId organisation, ProjectId project, BenefitId benefit, String title)
            implements PlanEvent {
        @Override
        public String action() {
            return "benefit-plan.benefit-added";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("benefit", title);
        }
    }

    public record BenefitChanged(
            PersonId actor, OrganisationId organisation, ProjectId project, BenefitId benefit, String title)
            implements PlanEvent {
        @Override
        public String action() {
            return "benefit-plan.benefit-changed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("benefit", title);
        }
    }

    public record MeasurementRecorded(
            PersonId actor,
            OrganisationId organisation,
            ProjectId project,
            BenefitId benefit,
            String title,
            BigDecimal value,
            String unit,
            LocalDate measuredOn)
            implements PlanEvent {
        @Override
        public String action() {
            return "benefit-plan.measured";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("benefit", title, "value", value, "unit", unit, "measuredOn", measuredOn);
        }
    }

    public record MeasurementsImported(PersonId actor, OrganisationId organisation, ProjectId project, int count)
            implements PlanEvent {
        @Override
        public String action() {
            return "benefit-plan.measurements-imported";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("count", count);
        }
    }

    public record ShowcaseChosen(PersonId actor, OrganisationId organisation, ProjectId project, boolean shown)
            implements PlanEvent {
        @Override
        public String action() {
            return shown ? "benefit-plan.showcased" : "benefit-plan.withdrawn-from-showcase";
        }
    }

    public record PlanConfirmed(PersonId actor, OrganisationId organisation, ProjectId project) implements PlanEvent {
        @Override
        public String action() {
            return "benefit-plan.confirmed";
        }
    }
}
