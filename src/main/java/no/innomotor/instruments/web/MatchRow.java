package no.innomotor.instruments.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.innomotor.instruments.ApplyRoute;
import no.innomotor.instruments.InstrumentMatch;
import no.innomotor.instruments.PublishedInstrument;
import no.innomotor.instruments.RuleSentences;
import org.jspecify.annotations.Nullable;

/**
 * One instrument of a match list as the page shows it: fits or not, its score, each rule's sentence in the reader's
 * language, what would make a near miss fit, and where to apply ({@code applyLink}: the actor's page, or Innomotor's
 * application for a risk-relief scheme, with the project when there is one so the application starts from it; only
 * for readers who may apply, see {@link ApplyLinks}; {@code schemeName}: the scheme, named to everyone).
 */
public record MatchRow(
        PublishedInstrument instrument,
        boolean fits,
        boolean nearMiss,
        int score,
        List<Reason> reasons,
        List<String> fixes,
        @Nullable String applyLink,
        boolean applyInInnomotor,
        @Nullable String schemeName) {

    public MatchRow {
        reasons = List.copyOf(reasons);
        fixes = List.copyOf(fixes);
    }

    public record Reason(String rule, boolean met, String text) {}

    static List<MatchRow> of(
            List<InstrumentMatch> matches,
            RuleSentences sentences,
            Locale locale,
            Function<PublishedInstrument, ApplyLinks.Apply> apply) {
        return matches.stream().map(m -> of(m, sentences, locale, apply)).toList();
    }

    static MatchRow of(
            InstrumentMatch match,
            RuleSentences sentences,
            Locale locale,
            Function<PublishedInstrument, ApplyLinks.Apply> apply) {
        List<Reason> reasons = match.results().stream()
                .map(r -> new Reason(r.code().apiName(), r.met(), sentences.text(r, locale)))
                .toList();
        List<String> fixes = match.nearMiss()
                ? match.unmet().stream().map(r -> sentences.fix(r, locale)).toList()
                : List.of();
        ApplyLinks.Apply where = apply.apply(match.instrument());
        return new MatchRow(
                match.instrument(),
                match.fits(),
                match.nearMiss(),
                match.score(),
                reasons,
                fixes,
                where.link(),
                match.instrument().content().applyRoute() == ApplyRoute.IN_INNOMOTOR,
                where.schemeName());
    }
}
