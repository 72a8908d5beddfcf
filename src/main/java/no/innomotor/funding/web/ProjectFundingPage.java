package no.innomotor.funding.web;

import java.util.List;
import no.innomotor.funding.ProjectFunding;
import org.springframework.validation.Errors;

/**
 * A project's funding page (funding/project.jte): the funding as the reader may see it, the warnings as sentences in
 * the reader's language, the form for a new recorded entry and the total-cost form, each with its errors.
 * {@code conflict}: someone saved after the version the person started from; what they typed is kept.
 */
public record ProjectFundingPage(
        ProjectFunding funding,
        List<String> warnings,
        EntryForm entryForm,
        Errors entryErrors,
        BudgetForm budgetForm,
        Errors budgetErrors,
        List<ActorOption> actorOptions,
        List<ActorOption> instrumentOptions,
        boolean conflict) {

    static final String TEMPLATE = "funding/project";

    public ProjectFundingPage {
        warnings = List.copyOf(warnings);
        actorOptions = List.copyOf(actorOptions);
        instrumentOptions = List.copyOf(instrumentOptions);
    }
}
