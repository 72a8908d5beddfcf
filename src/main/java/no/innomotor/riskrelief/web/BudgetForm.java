package no.innomotor.riskrelief.web;

import org.jspecify.annotations.Nullable;

/** Another period's budget (kroner) or capacity (hours). */
public class BudgetForm {

    private @Nullable String budgetYear;
    private @Nullable String budgetAmount;

    public @Nullable String getBudgetYear() {
        return budgetYear;
    }

    public void setBudgetYear(@Nullable String budgetYear) {
        this.budgetYear = budgetYear;
    }

    public @Nullable String getBudgetAmount() {
        return budgetAmount;
    }

    public void setBudgetAmount(@Nullable String budgetAmount) {
        this.budgetAmount = budgetAmount;
    }
}
