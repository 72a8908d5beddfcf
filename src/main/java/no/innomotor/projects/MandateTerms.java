package no.innomotor.projects;

import java.time.LocalDate;
import no.innomotor.shared.Money;

/** What the leadership commits to: the goal, the budget frame, the risk it accepts, the benefits and the time. */
public record MandateTerms(
        String goal,
        Money budgetFrame,
        RiskAppetite riskAppetite,
        String benefitAmbition,
        LocalDate startDate,
        LocalDate endDate) {

    public MandateTerms {
        goal = goal.strip();
        benefitAmbition = benefitAmbition.strip();
        if (goal.isEmpty() || benefitAmbition.isEmpty()) {
            throw new IllegalArgumentException("A mandate states a goal and a benefit ambition");
        }
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A mandate ends on or after the day it starts");
        }
    }
}
