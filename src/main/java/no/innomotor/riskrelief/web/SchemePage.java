package no.innomotor.riskrelief.web;

import no.innomotor.riskrelief.SchemeView;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A scheme's page (riskrelief/scheme.jte): the scheme as the reader sees it; for its owner the draft's form, the
 * ledger with the form for another period, and the applications. {@code conflict}: the draft was saved by someone
 * else since the form was read.
 */
public record SchemePage(
        SchemeView scheme,
        @Nullable SchemeForm form,
        Errors formErrors,
        BudgetForm budgetForm,
        Errors budgetErrors,
        boolean conflict) {

    static final String TEMPLATE = "riskrelief/scheme";
}
