package no.innomotor.knowledge;

import no.innomotor.shared.DomainException;

/** What the case library and the solution catalogue refuse; each names a message key the reader's language renders. */
public final class CaseExceptions {

    private CaseExceptions() {}

    /** No such case, or not one the person may see (a draft outside the project's readers). */
    public static final class CaseNotFound extends DomainException.NotFound {
        CaseNotFound(Object id) {
            super("cases.error.notFound", "No visible case " + id);
        }
    }

    /** No such solution in the catalogue. */
    public static final class SolutionNotFound extends DomainException.NotFound {
        SolutionNotFound(Object id) {
            super("solutions.error.notFound", "No listed solution " + id);
        }
    }

    /** Someone saved the case or the solution after the version the person edited. */
    public static final class CaseChangedConcurrently extends DomainException.Conflict {
        CaseChangedConcurrently(Object id) {
            super("cases.error.concurrent", "Case or solution " + id + " changed concurrently");
        }
    }

    /** A broken rule, on one field of the form (or on none, with field "" ). */
    public static final class CaseRuleBroken extends DomainException.RuleBroken {
        private final String field;

        CaseRuleBroken(String field, String messageKey) {
            super(messageKey, "Refused on " + field + ": " + messageKey);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
