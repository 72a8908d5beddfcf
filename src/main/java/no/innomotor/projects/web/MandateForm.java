package no.innomotor.projects.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.innomotor.projects.MandateTerms;
import no.innomotor.projects.MandateView;
import no.innomotor.projects.RiskAppetite;
import no.innomotor.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The buyer's draft of the mandate, as typed. */
public class MandateForm {

    @NotBlank(message = "{projects.mandate.goal.required}")
    @Size(max = 5_000, message = "{projects.mandate.goal.tooLong}")
    private @Nullable String goal;

    @NotBlank(message = "{projects.mandate.budget.required}")
    @Size(max = 40, message = "{projects.form.value.invalid}")
    private @Nullable String budgetFrame;

    @NotNull(message = "{projects.mandate.risk.required}")
    private @Nullable RiskAppetite riskAppetite;

    @NotBlank(message = "{projects.mandate.benefit.required}")
    @Size(max = 5_000, message = "{projects.mandate.benefit.tooLong}")
    private @Nullable String benefitAmbition;

    @NotBlank(message = "{projects.mandate.startDate.required}")
    private @Nullable String startDate;

    @NotBlank(message = "{projects.mandate.endDate.required}")
    private @Nullable String endDate;

    static MandateForm of(@Nullable MandateView newest) {
        MandateForm form = new MandateForm();
        if (newest != null) {
            MandateTerms terms = newest.terms();
            form.goal = terms.goal();
            form.budgetFrame = String.valueOf(terms.budgetFrame().kroner());
            form.riskAppetite = terms.riskAppetite();
            form.benefitAmbition = terms.benefitAmbition();
            form.startDate = terms.startDate().toString();
            form.endDate = terms.endDate().toString();
        }
        return form;
    }

    /** The terms, or null with the errors next to the fields. */
    @Nullable
    MandateTerms terms(Errors errors) {
        Money budget = null;
        if (!errors.hasFieldErrors("budgetFrame") && budgetFrame != null) {
            switch (Money.inspectNok(budgetFrame)) {
                case OK:
                    budget = Money.parseNok(budgetFrame).orElseThrow();
                    break;
                case NEGATIVE:
                    errors.rejectValue("budgetFrame", "projects.form.value.negative");
                    break;
                case TOO_LARGE:
                    errors.rejectValue("budgetFrame", "projects.form.value.tooLarge");
                    break;
                default:
                    errors.rejectValue("budgetFrame", "projects.form.value.invalid");
            }
        }
        LocalDate start = date("startDate", startDate, errors);
        LocalDate end = date("endDate", endDate, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("endDate", "projects.mandate.endDate.beforeStart");
        }
        if (errors.hasErrors() || budget == null || start == null || end == null || riskAppetite == null) {
            return null;
        }
        return new MandateTerms(
                java.util.Objects.requireNonNull(goal),
                budget,
                riskAppetite,
                java.util.Objects.requireNonNull(benefitAmbition),
                start,
                end);
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, Errors errors) {
        if (value == null || value.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "projects.mandate.date.invalid");
            return null;
        }
    }

    public @Nullable String getGoal() {
        return goal;
    }

    public void setGoal(@Nullable String goal) {
        this.goal = goal;
    }

    public @Nullable String getBudgetFrame() {
        return budgetFrame;
    }

    public void setBudgetFrame(@Nullable String budgetFrame) {
        this.budgetFrame = budgetFrame;
    }

    public @Nullable RiskAppetite getRiskAppetite() {
        return riskAppetite;
    }

    public void setRiskAppetite(@Nullable RiskAppetite riskAppetite) {
        this.riskAppetite = riskAppetite;
    }

    public @Nullable String getBenefitAmbition() {
        return benefitAmbition;
    }

    public void setBenefitAmbition(@Nullable String benefitAmbition) {
        this.benefitAmbition = benefitAmbition;
    }

    public @Nullable String getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable String startDate) {
        this.startDate = startDate;
    }

    public @Nullable String getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable String endDate) {
        this.endDate = endDate;
    }
}
