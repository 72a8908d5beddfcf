package no.innomotor.instruments;

import java.util.List;

/**
 * One instrument against one subject: whether it fits (every rule met), its score, and each rule's result. A near
 * miss fails exactly one or two rules: the page says what would make it fit.
 */
public record InstrumentMatch(PublishedInstrument instrument, boolean fits, int score, List<RuleResult> results) {

    public InstrumentMatch {
        results = List.copyOf(results);
    }

    public List<RuleResult> unmet() {
        return results.stream().filter(r -> !r.met()).toList();
    }

    public List<RuleResult> met() {
        return results.stream().filter(RuleResult::met).toList();
    }

    public boolean nearMiss() {
        int failed = unmet().size();
        return failed >= 1 && failed <= 2;
    }
}
