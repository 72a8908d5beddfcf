package no.innomotor.benefits;

import java.util.List;
import no.innomotor.shared.DomainException;

/** What the benefits module refuses; each names a message key the reader's language renders. */
public final class BenefitsExceptions {

    private BenefitsExceptions() {}

    /** No such benefit in the project's plan, or the person may not know it exists. */
    public static final class BenefitNotFound extends DomainException.NotFound {
        public BenefitNotFound(Object id) {
            super("benefits.error.notFound", "No visible benefit " + id);
        }
    }

    /** Someone saved the benefit or the plan after the version the person edited. */
    public static final class BenefitChangedConcurrently extends DomainException.Conflict {
        BenefitChangedConcurrently(Object id) {
            super("benefits.error.concurrent", "Benefit " + id + " changed concurrently");
        }
    }

    /** A broken rule of a benefit or a measurement, on one field of the form. */
    public static final class BenefitRejected extends DomainException.RuleBroken {
        private final String field;

        BenefitRejected(String field, String messageKey) {
            super(messageKey, "Benefit refused on " + field);
            this.field = field;
        }

        /** The form field the rule is about. */
        public String field() {
            return field;
        }
    }

    /** A measurement file with at least one bad row: nothing of it was imported. */
    public static final class MeasurementsRefused extends DomainException.RuleBroken {
        private final List<MeasurementCsv.RowError> errors;

        MeasurementsRefused(List<MeasurementCsv.RowError> errors) {
            super("benefits.csv.refused", "Measurement file refused with " + errors.size() + " errors", errors.size());
            this.errors = List.copyOf(errors);
        }

        public List<MeasurementCsv.RowError> errors() {
            return errors;
        }
    }
}
