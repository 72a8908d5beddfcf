package no.innomotor.riskrelief;

import java.time.LocalDate;
import java.util.Map;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * The risk-relief module's own events besides the contract in {@link RiskReliefEvents}: schemes made and published,
 * assessors assigned, conflicts declared, assessments, milestones reported and paid, final reports, and reminders.
 * They carry ids and copied values, never an application's text, a conflict's reason or an assessor's scores.
 */
public final class RiskReliefFlowEvents {

    static final String SCHEME = "riskrelief-scheme";

    private RiskReliefFlowEvents() {}

    /** What a scheme's events have in common; the owner is the instrument actor. */
    public interface SchemeEvent extends AuditableEvent {
        String schemeId();

        String schemeName();

        @Override
        OrganisationId organisation();

        @Override
        default String objectType() {
            return SCHEME;
        }

        @Override
        default String objectId() {
            return schemeId();
        }

        @Override
        default Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("scheme", schemeName());
        }
    }

    public record SchemeCreated(PersonId actor, OrganisationId organisation, String schemeId, String schemeName)
            implements SchemeEvent {
        @Override
        public String action() {
            return "riskrelief-scheme.created";
        }
    }

    public record SchemeChanged(PersonId actor, OrganisationId organisation, String schemeId, String schemeName)
            implements SchemeEvent {
        @Override
        public String action() {
            return "riskrelief-scheme.changed";
        }
    }

    public record SchemePublished(
            PersonId actor, OrganisationId organisation, String schemeId, String schemeName, LocalDate deadline)
            implements SchemeEvent {
        @Override
        public String action() {
            return "riskrelief-scheme.published";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("scheme", schemeName, "deadline", deadline);
        }
    }

    /** A budget (kroner) or capacity (hours) for one more period. */
    public record BudgetAdded(
            PersonId actor, OrganisationId organisation, String schemeId, String schemeName, int year, long amount)
            implements SchemeEvent {
        @Override
        public String action() {
            return "riskrelief-scheme.budget-added";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("scheme", schemeName, "year", year, "amount", amount);
        }
    }

    /** The scheme's deadline is near: the platform reminds the owner (a reminder, no change). */
    public record SchemeDeadlineNear(OrganisationId owner, String schemeId, String schemeName, LocalDate deadline) {}

    /** What an application's own events have in common (the owner is the applicant's organisation). */
    public interface ApplicationFlowEvent extends AuditableEvent {
        String applicationId();

        String schemeName();

        OrganisationId schemeOwner();

        ProjectId project();

        @Override
        OrganisationId organisation();

        @Override
        default String objectType() {
            return RiskReliefEvents.OBJECT_TYPE;
        }

        @Override
        default String objectId() {
            return applicationId();
        }

        @Override
        default Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("scheme", schemeName());
        }
    }

    public record ApplicationDrafted(
            PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project)
            implements ApplicationFlowEvent {
        @Override
        public String action() {
            return "riskrelief-application.drafted";
        }
    }

    public record ApplicationEdited(
            PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project)
            implements ApplicationFlowEvent {
        @Override
        public String action() {
            return "riskrelief-application.edited";
        }
    }

    public record FileAttached(
            PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project,
            String filename)
            implements ApplicationFlowEvent {
        @Override
        public String action() {
            return "riskrelief-application.file-attached";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("scheme", schemeName, "file", filename);
        }
    }

    /** The owner assigned an assessor, who is to declare conflicts of interest first. */
    public record AssessorAssigned(
            PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project,
            PersonId assessor,
            String assessorName)
            implements ApplicationFlowEvent {
        @Override
        public String action() {
            return "riskrelief-application.assessor-assigned";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("scheme", schemeName, "assessor", assessorName);
        }
    }

    /** An assessor declared whether they have a conflict of interest; with one they leave the application. */
    public record ConflictDeclared(
            PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project,
            boolean conflict)
            implements ApplicationFlowEvent {
        @Override
        public String action() {
            return conflict ? "riskrelief-application.conflict-declared" : "riskrelief-application.no-conflict";
        }
    }

    public record AssessmentSubmitted(
            PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project)
            implements ApplicationFlowEvent {
        @Override
        public String action() {
            return "riskrelief-application.assessed";
        }
    }

    public record MilestoneReported(
            PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project,
            String milestone)
            implements ApplicationFlowEvent {
        @Override
        public String action() {
            return "riskrelief-application.milestone-reported";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("scheme", schemeName, "milestone", milestone);
        }
    }

    public record PayoutApproved(
            PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project,
            String milestone,
            long amount)
            implements ApplicationFlowEvent {
        @Override
        public String action() {
            return "riskrelief-application.payout-approved";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("scheme", schemeName, "milestone", milestone, "amount", amount);
        }
    }

    public record FinalReportSubmitted(
            PersonId actor,
            OrganisationId organisation,
            String applicationId,
            String schemeName,
            OrganisationId schemeOwner,
            ProjectId project)
            implements ApplicationFlowEvent {
        @Override
        public String action() {
            return "riskrelief-application.closed";
        }
    }

    /** A milestone of an approved application is due soon: the platform reminds the applicant (no change). */
    public record MilestoneDueSoon(
            OrganisationId applicant, String applicationId, String schemeName, String milestone, LocalDate due) {}
}
