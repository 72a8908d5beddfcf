package no.innomotor.riskrelief.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.innomotor.riskrelief.DecisionInput;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The owner's decision: outcome, amount, conditions (one a line) and up to {@link #ROWS} milestones. */
public class DecisionForm {

    static final int ROWS = 3;

    private @Nullable String outcome;
    private @Nullable String amountGranted;
    private @Nullable String conditions;
    private List<String> milestoneNames = blanks();
    private List<String> milestoneDues = blanks();
    private List<String> milestoneAmounts = blanks();
    private long version;

    @Nullable
    DecisionInput toInput(long requested, Errors errors) {
        Outcome o = Parse.choice(Outcome.class, outcome, "outcome", errors);
        long amount = o == Outcome.APPROVED && (amountGranted == null || amountGranted.isBlank())
                ? requested
                : Parse.amount(amountGranted, "amountGranted", o == Outcome.APPROVED_IN_PART, errors);
        List<DecisionInput.MilestoneInput> milestones = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String name = Parse.text(at(milestoneNames, i));
            String due = at(milestoneDues, i);
            String sum = at(milestoneAmounts, i);
            if (name.isEmpty() && due.isBlank() && sum.isBlank()) {
                continue;
            }
            if (name.isEmpty()) {
                errors.rejectValue("milestoneNames[" + i + "]", "riskrelief.form.required");
            }
            LocalDate on = Parse.date(due, "milestoneDues[" + i + "]", true, errors);
            long value = Parse.amount(sum, "milestoneAmounts[" + i + "]", true, errors);
            if (on != null) {
                milestones.add(new DecisionInput.MilestoneInput(name, on, value));
            }
        }
        List<String> lines = conditions == null
                ? List.of()
                : Arrays.stream(conditions.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
        if (errors.hasErrors() || o == null) {
            return null;
        }
        return new DecisionInput(o, o == Outcome.REJECTED ? 0 : amount, lines, milestones);
    }

    private static String at(List<String> list, int i) {
        return list.size() > i && list.get(i) != null ? list.get(i) : "";
    }

    private static List<String> blanks() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            list.add("");
        }
        return list;
    }

    private static List<String> pad(List<String> values) {
        List<String> list = new ArrayList<>(values);
        while (list.size() < ROWS) {
            list.add("");
        }
        return list;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable String outcome) {
        this.outcome = outcome;
    }

    public @Nullable String getAmountGranted() {
        return amountGranted;
    }

    public void setAmountGranted(@Nullable String amountGranted) {
        this.amountGranted = amountGranted;
    }

    public @Nullable String getConditions() {
        return conditions;
    }

    public void setConditions(@Nullable String conditions) {
        this.conditions = conditions;
    }

    public List<String> getMilestoneNames() {
        return milestoneNames;
    }

    public void setMilestoneNames(List<String> milestoneNames) {
        this.milestoneNames = pad(milestoneNames);
    }

    public List<String> getMilestoneDues() {
        return milestoneDues;
    }

    public void setMilestoneDues(List<String> milestoneDues) {
        this.milestoneDues = pad(milestoneDues);
    }

    public List<String> getMilestoneAmounts() {
        return milestoneAmounts;
    }

    public void setMilestoneAmounts(List<String> milestoneAmounts) {
        this.milestoneAmounts = pad(milestoneAmounts);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
