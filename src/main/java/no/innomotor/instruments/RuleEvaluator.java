package no.innomotor.instruments;

import java.util.ArrayList;
import java.util.List;

/**
 * Tests a list of rules against a subject, the same way for every instrument: the rules are data ({@link Rule}), the
 * kind of test comes from the rule's code. An instrument fits only when every rule is met; its score is the share of
 * the rules' weight that is met, 0 to 100 (100 for an instrument without rules).
 */
public final class RuleEvaluator {

    private RuleEvaluator() {}

    public static List<RuleResult> evaluate(List<Rule> rules, MatchSubject subject) {
        List<RuleResult> results = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            results.add(evaluate(rule, subject));
        }
        return results;
    }

    public static RuleResult evaluate(Rule rule, MatchSubject subject) {
        List<String> facts = subject.values(rule.code());
        if (facts.isEmpty()) {
            return new RuleResult(rule, false, rule.code().test() == RuleCode.Test.REQUIRED, facts);
        }
        boolean met = switch (rule.code().test()) {
            case ONE_OF -> facts.stream().anyMatch(rule.values()::contains);
            case PREFIX ->
                facts.stream().anyMatch(fact -> rule.values().stream().anyMatch(fact::startsWith));
            case RANGE -> facts.stream().anyMatch(fact -> within(rule, Long.parseLong(fact)));
            case REQUIRED -> true;
        };
        return new RuleResult(rule, met, true, facts);
    }

    public static boolean fits(List<RuleResult> results) {
        return results.stream().allMatch(RuleResult::met);
    }

    public static int score(List<RuleResult> results) {
        int total = 0;
        int met = 0;
        for (RuleResult result : results) {
            total += result.code().weight();
            if (result.met()) {
                met += result.code().weight();
            }
        }
        return total == 0 ? 100 : Math.round(100f * met / total);
    }

    private static boolean within(Rule rule, long amount) {
        return (rule.min() == null || amount >= rule.min()) && (rule.max() == null || amount <= rule.max());
    }
}
