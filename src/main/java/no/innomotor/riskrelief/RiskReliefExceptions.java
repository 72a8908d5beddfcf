package no.innomotor.riskrelief;

import no.innomotor.shared.DomainException;

/** What the risk-relief module refuses; each names a message key the reader's language renders. */
public final class RiskReliefExceptions {

    private RiskReliefExceptions() {}

    /** No such scheme, or the person may not know it exists (another actor's draft). */
    static final class SchemeNotFound extends DomainException.NotFound {
        SchemeNotFound(SchemeId id) {
            super("riskrelief.error.schemeNotFound", "No visible risk-relief scheme " + id);
        }
    }

    /** No such application, or the person may not know it exists. */
    static final class ApplicationNotFound extends DomainException.NotFound {
        ApplicationNotFound(ApplicationId id) {
            super("riskrelief.error.applicationNotFound", "No visible risk-relief application " + id);
        }
    }

    static final class ProjectNotOpen extends DomainException.NotFound {
        ProjectNotOpen(Object project) {
            super("riskrelief.error.projectNotFound", "No project " + project + " the person may apply for");
        }
    }

    static final class MilestoneNotFound extends DomainException.NotFound {
        MilestoneNotFound(MilestoneId id) {
            super("riskrelief.error.milestoneNotFound", "No milestone " + id);
        }
    }

    static final class FileNotFound extends DomainException.NotFound {
        FileNotFound(ApplicationFileId id) {
            super("riskrelief.error.fileNotFound", "No file " + id);
        }
    }

    /** Someone saved after the version the person edited; what they typed is kept. */
    public static final class ChangedConcurrently extends DomainException.Conflict {
        ChangedConcurrently(Object id) {
            super("riskrelief.error.concurrent", id + " changed concurrently");
        }
    }

    /** The application or scheme is in a state that does not allow this (decided, withdrawn, published). */
    public static final class WrongState extends DomainException.Conflict {
        WrongState(String key, String log) {
            super(key, log);
        }
    }

    /** A business rule of the module; the key says which, the web layer shows it beside the form. */
    public static final class Refused extends DomainException.RuleBroken {
        private final String field;

        Refused(String key, String field, String log, Object... arguments) {
            super(key, log, arguments);
            this.field = field;
        }

        /** The form field the refusal belongs beside, or "" for the form as a whole. */
        public String field() {
            return field;
        }
    }

    /** The remaining budget or capacity of the period does not cover the amount. */
    public static final class BudgetExceeded extends DomainException.RuleBroken {
        BudgetExceeded(SchemeId scheme, int year, long amount) {
            super(
                    "riskrelief.error.budgetExceeded",
                    "Scheme " + scheme + " has less than " + amount + " left in " + year);
        }
    }
}
