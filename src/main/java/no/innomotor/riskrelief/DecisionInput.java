package no.innomotor.riskrelief;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;

/**
 * The owner's decision: the outcome, the amount granted (the amount applied for when approved in full, less when in
 * part, zero when rejected), the conditions, and the milestones the grant is paid against (their amounts add up to
 * the amount granted).
 */
public record DecisionInput(
        Outcome outcome, long amountGranted, List<String> conditions, List<MilestoneInput> milestones) {

    public DecisionInput {
        conditions = List.copyOf(conditions);
        milestones = List.copyOf(milestones);
    }

    public record MilestoneInput(String name, LocalDate due, long amount) {}
}
