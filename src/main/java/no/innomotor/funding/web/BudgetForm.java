package no.innomotor.funding.web;

import org.jspecify.annotations.Nullable;

/** The total cost for funding purposes as typed; empty goes back to the project's estimated value. */
public class BudgetForm {

    private @Nullable String totalCost;
    private long budgetVersion;

    public @Nullable String getTotalCost() {
        return totalCost;
    }

    public void setTotalCost(@Nullable String totalCost) {
        this.totalCost = totalCost;
    }

    public long getBudgetVersion() {
        return budgetVersion;
    }

    public void setBudgetVersion(long budgetVersion) {
        this.budgetVersion = budgetVersion;
    }
}
