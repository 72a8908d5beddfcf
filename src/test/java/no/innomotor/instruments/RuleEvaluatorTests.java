package no.innomotor.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.suppliers.SizeClass;
import org.junit.jupiter.api.Test;

/** The rules read from an instrument's eligibility, tested one kind at a time, and the score and ranking they give. */
class RuleEvaluatorTests {

    static MatchSubject municipality(int step, boolean mandate) {
        return new MatchSubject(
                Audience.BUYER,
                OrganisationType.MUNICIPALITY,
                null,
                List.of("33195000"),
                List.of(NutsCode.of("NO084")),
                step,
                8_500_000L,
                mandate,
                false);
    }

    static Eligibility eligibility(
            List<OrganisationType> types,
            List<String> regions,
            List<Integer> steps,
            Long min,
            Long max,
            boolean mandate,
            boolean pilot) {
        return new Eligibility(types, List.of(), List.of(), regions, steps, min, max, null, mandate, pilot);
    }

    static PublishedInstrument instrument(String name, Audience audience, Eligibility eligibility) {
        return new PublishedInstrument(
                InstrumentId.random(),
                1,
                new OrganisationId(UUID.randomUUID()),
                "Aktør",
                new InstrumentContent(
                        name,
                        "Om " + name,
                        InstrumentKind.GRANT,
                        audience,
                        eligibility,
                        true,
                        List.of(),
                        ApplyRoute.LINK,
                        "https://www.forskningsradet.no",
                        null,
                        "",
                        List.of(),
                        true),
                Instant.now());
    }

    @Test
    void aMunicipalityInStepTwoWithASignedMandateFitsAnInstrumentForPublicBuyersInSteps2To6() {
        PublishedInstrument instrument = instrument(
                "Innovasjonsprosjekt",
                Audience.BUYER,
                eligibility(
                        List.of(OrganisationType.MUNICIPALITY, OrganisationType.COUNTY),
                        List.of("NO"),
                        List.of(2, 3, 4, 5, 6),
                        2_000_000L,
                        50_000_000L,
                        true,
                        false));

        InstrumentMatch match = InstrumentMatcher.match(instrument, municipality(2, true));

        assertThat(match.fits()).isTrue();
        assertThat(match.score()).isEqualTo(100);
        assertThat(match.results())
                .extracting(RuleResult::code)
                .containsExactly(
                        RuleCode.AUDIENCE,
                        RuleCode.ORGANISATION_TYPE,
                        RuleCode.ROADMAP_STEP,
                        RuleCode.REGION,
                        RuleCode.AMOUNT,
                        RuleCode.SIGNED_MANDATE);
    }

    @Test
    void anInstrumentThatNeedsAPilotCustomerIsANearMissWithTheOneRuleUnmet() {
        PublishedInstrument instrument = instrument(
                "Innovasjonskontrakt",
                Audience.BOTH,
                eligibility(List.of(), List.of(), List.of(), null, null, false, true));

        InstrumentMatch match = InstrumentMatcher.match(instrument, municipality(2, true));

        assertThat(match.fits()).isFalse();
        assertThat(match.nearMiss()).isTrue();
        assertThat(match.unmet()).extracting(RuleResult::code).containsExactly(RuleCode.PILOT_CUSTOMER);
        assertThat(match.score()).isZero();
    }

    @Test
    void regionsMatchAsPrefixesAndAnotherCountyIsNotMet() {
        Rule western = Rule.of(RuleCode.REGION, List.of("NO0A"));
        MatchSubject vestland = new MatchSubject(
                Audience.SUPPLIER,
                OrganisationType.COMPANY,
                SizeClass.SMALL,
                List.of(),
                List.of(NutsCode.of("NO0A2")),
                null,
                null,
                false,
                false);
        MatchSubject oslo = new MatchSubject(
                Audience.SUPPLIER,
                OrganisationType.COMPANY,
                SizeClass.SMALL,
                List.of(),
                List.of(NutsCode.of("NO081")),
                null,
                null,
                false,
                false);

        assertThat(RuleEvaluator.evaluate(western, vestland).met()).isTrue();
        assertThat(RuleEvaluator.evaluate(western, oslo).met()).isFalse();
        assertThat(RuleEvaluator.evaluate(western, oslo).known()).isTrue();
    }

    @Test
    void anUnknownFactNeverMeetsARuleThatNeedsIt() {
        MatchSubject unknown = new MatchSubject(
                Audience.SUPPLIER, OrganisationType.COMPANY, null, List.of(), List.of(), null, null, false, false);

        RuleResult size = RuleEvaluator.evaluate(Rule.of(RuleCode.SIZE_CLASS, List.of("SMALL")), unknown);
        RuleResult amount = RuleEvaluator.evaluate(new Rule(RuleCode.AMOUNT, List.of(), 1L, null), unknown);

        assertThat(size.met()).isFalse();
        assertThat(size.known()).isFalse();
        assertThat(amount.met()).isFalse();
    }

    @Test
    void amountsAreInclusiveBoundsOfTheProjectValue() {
        Rule range = new Rule(RuleCode.AMOUNT, List.of(), 2_000_000L, 8_500_000L);

        assertThat(RuleEvaluator.evaluate(range, municipality(2, false)).met()).isTrue();
        assertThat(RuleEvaluator.evaluate(
                                new Rule(RuleCode.AMOUNT, List.of(), 8_500_001L, null), municipality(2, false))
                        .met())
                .isFalse();
    }

    @Test
    void sectorsMatchTheCpvDivisionOfAnyOfTheProjectsCodes() {
        Rule health = Rule.of(RuleCode.SECTOR, List.of("33", "85"));
        Rule software = Rule.of(RuleCode.SECTOR, List.of("48"));

        assertThat(RuleEvaluator.evaluate(health, municipality(3, true)).met()).isTrue();
        assertThat(RuleEvaluator.evaluate(software, municipality(3, true)).met())
                .isFalse();
    }

    @Test
    void theScoreWeighsWhoTheApplicantIsAboveTheAmount() {
        PublishedInstrument forCompanies = instrument(
                "For bedrifter",
                Audience.BOTH,
                eligibility(List.of(OrganisationType.COMPANY), List.of(), List.of(), 1L, 100_000_000L, false, false));
        PublishedInstrument bigProjects = instrument(
                "Store prosjekter",
                Audience.BOTH,
                eligibility(
                        List.of(OrganisationType.MUNICIPALITY), List.of(), List.of(), 50_000_000L, null, false, false));

        List<InstrumentMatch> ranked =
                InstrumentMatcher.rank(List.of(forCompanies, bigProjects), municipality(2, false));

        // The municipality meets the organisation type (weight 3) of the big projects' instrument but not its amount
        // (1): 75. It meets the amount of the one for companies but not its organisation type: 25.
        assertThat(ranked).extracting(m -> m.instrument().name()).containsExactly("Store prosjekter", "For bedrifter");
        assertThat(ranked).extracting(InstrumentMatch::score).containsExactly(75, 25);
    }

    @Test
    void theInstrumentsThatFitComeFirstWhateverTheirScore() {
        PublishedInstrument open = instrument("Åpent for alle", Audience.BOTH, Eligibility.ANYONE);
        PublishedInstrument almost = instrument(
                "Nesten",
                Audience.BUYER,
                eligibility(
                        List.of(OrganisationType.MUNICIPALITY), List.of("NO"), List.of(1, 2), null, null, false, true));

        List<InstrumentMatch> ranked = InstrumentMatcher.rank(List.of(almost, open), municipality(2, false));

        assertThat(ranked.get(0).instrument().name()).isEqualTo("Åpent for alle");
        assertThat(ranked.get(0).fits()).isTrue();
        assertThat(ranked.get(0).results()).isEmpty();
        assertThat(ranked.get(1).fits()).isFalse();
        assertThat(ranked.get(1).score()).isBetween(1, 99);
    }
}
