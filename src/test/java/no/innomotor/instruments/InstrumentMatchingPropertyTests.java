package no.innomotor.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.shared.NutsCode;
import no.innomotor.suppliers.SizeClass;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test (plain JUnit loop, as the project's ADR 0003 has it): for thousands of random instruments and
 * subjects, an instrument is never shown as fitting someone one of its rules excludes, checked against an independent
 * reading of the eligibility; and it always fits someone who meets every rule.
 */
class InstrumentMatchingPropertyTests {

    private static final long SEED = 20261207L;
    private static final int CASES = 5_000;
    private static final List<String> REGIONS = List.of("NO", "NO0A", "NO0A2", "NO081", "NO06", "NO060", "NO07");
    private static final List<String> SUBJECT_REGIONS = List.of("NO0A2", "NO081", "NO060", "NO072", "NO084");
    private static final List<String> CPV = List.of("33195000", "48000000", "45000000", "72000000", "09310000");

    @Test
    void anInstrumentIsNeverShownAsFittingSomeoneItsRulesExclude() {
        Random random = new Random(SEED);
        int fitted = 0;
        int excluded = 0;
        for (int i = 0; i < CASES; i++) {
            PublishedInstrument instrument = randomInstrument(random);
            MatchSubject subject = randomSubject(random);
            InstrumentMatch match = InstrumentMatcher.match(instrument, subject);
            boolean admits = admits(instrument.content(), subject);
            assertThat(match.fits())
                    .as("case %d: %s against %s", i, instrument.content().eligibility(), subject)
                    .isEqualTo(admits);
            assertThat(match.fits()).isEqualTo(match.unmet().isEmpty());
            assertThat(match.score()).isBetween(0, 100);
            if (match.fits()) {
                fitted++;
                assertThat(match.score()).isEqualTo(100);
            } else {
                excluded++;
                assertThat(match.score()).isLessThan(100);
            }
        }
        // Both outcomes occur often enough for the property to mean something.
        assertThat(fitted).isGreaterThan(CASES / 50);
        assertThat(excluded).isGreaterThan(CASES / 2);
    }

    @Test
    void aSubjectMadeToMeetEveryRuleAlwaysFits() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            PublishedInstrument instrument = randomInstrument(random);
            MatchSubject subject = meeting(instrument.content(), random);
            assertThat(InstrumentMatcher.match(instrument, subject).fits())
                    .as("case %d: %s against %s", i, instrument.content().eligibility(), subject)
                    .isTrue();
        }
    }

    /** An independent reading of the eligibility, written from the rules' meaning rather than from the evaluator. */
    static boolean admits(InstrumentContent content, MatchSubject s) {
        Eligibility e = content.eligibility();
        if (content.audience() != Audience.BOTH && s.side() != content.audience()) {
            return false;
        }
        if (!e.organisationTypes().isEmpty()
                && (s.organisationType() == null || !e.organisationTypes().contains(s.organisationType()))) {
            return false;
        }
        if (!e.sizeClasses().isEmpty()
                && (s.sizeClass() == null || !e.sizeClasses().contains(s.sizeClass()))) {
            return false;
        }
        if (!e.roadmapSteps().isEmpty()
                && (s.roadmapStep() == null || !e.roadmapSteps().contains(s.roadmapStep()))) {
            return false;
        }
        if (!e.regions().isEmpty()
                && s.regions().stream()
                        .noneMatch(r -> e.regions().stream().anyMatch(w -> r.isWithin(NutsCode.of(w))))) {
            return false;
        }
        if (!e.sectors().isEmpty()
                && s.cpvCodes().stream().noneMatch(c -> e.sectors().stream().anyMatch(c::startsWith))) {
            return false;
        }
        if (e.minAmount() != null || e.maxAmount() != null) {
            if (s.amount() == null) {
                return false;
            }
            if (e.minAmount() != null && s.amount() < e.minAmount()) {
                return false;
            }
            if (e.maxAmount() != null && s.amount() > e.maxAmount()) {
                return false;
            }
        }
        if (e.requiresSignedMandate() && !s.signedMandate()) {
            return false;
        }
        return !e.requiresPilotCustomer() || s.pilotCustomer();
    }

    static PublishedInstrument randomInstrument(Random random) {
        Eligibility eligibility = new Eligibility(
                some(random, List.of(OrganisationType.values())),
                some(random, List.of(SizeClass.values())),
                random.nextInt(4) == 0 ? List.of(List.of("33", "48", "45").get(random.nextInt(3))) : List.of(),
                some(random, REGIONS),
                some(random, List.of(1, 2, 3, 4, 5, 6, 7, 8)),
                random.nextInt(3) == 0 ? (long) random.nextInt(5) * 1_000_000 : null,
                random.nextInt(3) == 0 ? 5_000_000L + random.nextInt(10) * 1_000_000L : null,
                random.nextBoolean() ? 1 + random.nextInt(100) : null,
                random.nextInt(3) == 0,
                random.nextInt(3) == 0);
        return RuleEvaluatorTests.instrument(
                "Ordning", Audience.values()[random.nextInt(Audience.values().length)], eligibility);
    }

    static MatchSubject randomSubject(Random random) {
        return new MatchSubject(
                random.nextBoolean() ? Audience.BUYER : Audience.SUPPLIER,
                random.nextInt(6) == 0
                        ? null
                        : OrganisationType.values()[random.nextInt(OrganisationType.values().length)],
                random.nextInt(3) == 0 ? null : SizeClass.values()[random.nextInt(SizeClass.values().length)],
                random.nextInt(4) == 0 ? List.of() : List.of(CPV.get(random.nextInt(CPV.size()))),
                random.nextInt(6) == 0
                        ? List.of()
                        : List.of(NutsCode.of(SUBJECT_REGIONS.get(random.nextInt(SUBJECT_REGIONS.size())))),
                random.nextInt(5) == 0 ? null : 1 + random.nextInt(8),
                random.nextInt(4) == 0 ? null : (long) random.nextInt(20) * 1_000_000,
                random.nextBoolean(),
                random.nextBoolean());
    }

    /** A subject that meets every rule of the instrument (and random facts where it has none). */
    static MatchSubject meeting(InstrumentContent content, Random random) {
        Eligibility e = content.eligibility();
        MatchSubject any = randomSubject(random);
        Audience side = content.audience() == Audience.BOTH ? any.side() : content.audience();
        OrganisationType type = e.organisationTypes().isEmpty()
                ? any.organisationType()
                : e.organisationTypes().get(0);
        SizeClass size =
                e.sizeClasses().isEmpty() ? any.sizeClass() : e.sizeClasses().get(0);
        List<String> cpv =
                e.sectors().isEmpty() ? any.cpvCodes() : List.of(e.sectors().get(0) + "100000");
        List<NutsCode> regions = e.regions().isEmpty()
                ? any.regions()
                : List.of(NutsCode.of((e.regions().get(0) + "111").substring(0, 5)));
        Integer step = e.roadmapSteps().isEmpty()
                ? any.roadmapStep()
                : e.roadmapSteps().get(0);
        Long amount = any.amount();
        if (e.minAmount() != null || e.maxAmount() != null) {
            amount = e.minAmount() != null ? e.minAmount() : e.maxAmount();
        }
        return new MatchSubject(
                side,
                type,
                size,
                cpv,
                regions,
                step,
                amount,
                e.requiresSignedMandate() || any.signedMandate(),
                e.requiresPilotCustomer() || any.pilotCustomer());
    }

    private static <T> List<T> some(Random random, List<T> values) {
        if (random.nextInt(3) == 0) {
            return List.of();
        }
        List<T> chosen = new ArrayList<>();
        for (T value : values) {
            if (random.nextInt(3) == 0) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
