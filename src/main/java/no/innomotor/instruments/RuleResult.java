package no.innomotor.instruments;

import java.util.List;

/**
 * How one rule went for one subject: met or not, and whether the subject's fact was known at all (an unknown fact
 * never meets a rule). {@code subjectValues} are the facts it was tested against, for the sentence that explains it.
 */
public record RuleResult(Rule rule, boolean met, boolean known, List<String> subjectValues) {

    public RuleResult {
        subjectValues = List.copyOf(subjectValues);
    }

    public RuleCode code() {
        return rule.code();
    }
}
