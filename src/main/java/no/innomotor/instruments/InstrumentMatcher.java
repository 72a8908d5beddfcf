package no.innomotor.instruments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks instruments for a subject: those that fit first, then by score, then the fewest rules failed, then by name.
 * Pure and in memory, so a page, the API and the benchmark rank the same way.
 */
public final class InstrumentMatcher {

    static final Comparator<InstrumentMatch> BEST_FIRST = Comparator.comparing((InstrumentMatch m) -> !m.fits())
            .thenComparing(InstrumentMatch::score, Comparator.reverseOrder())
            .thenComparing(m -> m.unmet().size())
            .thenComparing(m -> m.instrument().name())
            .thenComparing(m -> m.instrument().id().value());

    private InstrumentMatcher() {}

    public static InstrumentMatch match(PublishedInstrument instrument, MatchSubject subject) {
        List<RuleResult> results = RuleEvaluator.evaluate(instrument.rules(), subject);
        return new InstrumentMatch(instrument, RuleEvaluator.fits(results), RuleEvaluator.score(results), results);
    }

    public static List<InstrumentMatch> rank(List<PublishedInstrument> instruments, MatchSubject subject) {
        List<InstrumentMatch> matches = new ArrayList<>(instruments.size());
        for (PublishedInstrument instrument : instruments) {
            matches.add(match(instrument, subject));
        }
        matches.sort(BEST_FIRST);
        return matches;
    }
}
