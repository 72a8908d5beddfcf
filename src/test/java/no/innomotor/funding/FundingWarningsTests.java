package no.innomotor.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.innomotor.funding.FundingWarning.CapExceeded;
import no.innomotor.funding.FundingWarning.DoubleCoverage;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rules of a project's funding warnings, at their boundaries. */
class FundingWarningsTests {

    private static final LocalDate JAN = LocalDate.of(2027, 1, 1);

    private static Coverage entry(
            String name,
            FundingStatus status,
            @Nullable Long granted,
            LocalDate start,
            LocalDate end,
            Set<CostCategory> categories,
            @Nullable Integer cap) {
        return new Coverage(
                FundingEntryId.random(),
                name,
                "Aktør " + name,
                status,
                granted == null ? null : Money.nok(granted),
                start,
                end,
                categories,
                cap);
    }

    private static Coverage applied(String name, LocalDate start, LocalDate end, CostCategory... categories) {
        return entry(name, FundingStatus.APPLIED, null, start, end, Set.of(categories), null);
    }

    @Test
    void twoActiveEntriesOverlappingOnACategoryAreTheSameCostCoveredTwice() {
        Coverage research = entry(
                "Forskningsrådet",
                FundingStatus.GRANTED,
                1_000_000L,
                JAN,
                JAN.plusYears(2).minusDays(1),
                Set.of(CostCategory.PERSONNEL, CostCategory.DEVELOPMENT),
                null);
        Coverage pilot = applied(
                "Innovasjon Norge",
                JAN.plusMonths(6),
                JAN.plusYears(3),
                CostCategory.DEVELOPMENT,
                CostCategory.PILOTING);

        List<FundingWarning> warnings = FundingWarnings.of(List.of(pilot, research), Money.nok(10_000_000));

        assertThat(warnings).singleElement().isInstanceOfSatisfying(DoubleCoverage.class, overlap -> {
            assertThat(List.of(overlap.first(), overlap.second())).containsExactly(research, pilot);
            assertThat(overlap.categories()).containsExactly(CostCategory.DEVELOPMENT);
            assertThat(overlap.from()).isEqualTo(JAN.plusMonths(6));
            assertThat(overlap.to()).isEqualTo(JAN.plusYears(2).minusDays(1));
            assertThat(overlap.involves(pilot.id())).isTrue();
        });
    }

    @Test
    void periodsThatOnlyTouchDoNotOverlapButOneSharedDayDoes() {
        Coverage first = applied("A", JAN, JAN.plusMonths(6).minusDays(1), CostCategory.DEVELOPMENT);
        Coverage next = applied("B", JAN.plusMonths(6), JAN.plusYears(1), CostCategory.DEVELOPMENT);
        Coverage sameDay = applied("C", JAN.plusMonths(6).minusDays(1), JAN.plusYears(1), CostCategory.DEVELOPMENT);

        assertThat(FundingWarnings.of(List.of(first, next), Money.nok(1_000_000)))
                .isEmpty();
        assertThat(FundingWarnings.of(List.of(first, sameDay), Money.nok(1_000_000)))
                .singleElement()
                .isInstanceOfSatisfying(DoubleCoverage.class, overlap -> {
                    assertThat(overlap.from()).isEqualTo(overlap.to());
                    assertThat(overlap.from()).isEqualTo(JAN.plusMonths(6).minusDays(1));
                });
    }

    @Test
    void disjointCategoriesInTheSamePeriodAreNoDoubleCoverage() {
        Coverage research = applied("A", JAN, JAN.plusYears(1), CostCategory.PERSONNEL, CostCategory.EXTERNAL_ADVICE);
        Coverage competence = applied("B", JAN, JAN.plusYears(1), CostCategory.COMPETENCE);

        assertThat(FundingWarnings.of(List.of(research, competence), Money.nok(1_000_000)))
                .isEmpty();
    }

    @Test
    void rejectedAndWithdrawnEntriesCoverNothing() {
        Coverage granted =
                entry("A", FundingStatus.GRANTED, 100L, JAN, JAN.plusYears(1), Set.of(CostCategory.DEVELOPMENT), null);
        Coverage rejected =
                entry("B", FundingStatus.REJECTED, 0L, JAN, JAN.plusYears(1), Set.of(CostCategory.DEVELOPMENT), null);
        Coverage withdrawn = entry(
                "C", FundingStatus.WITHDRAWN, null, JAN, JAN.plusYears(1), Set.of(CostCategory.DEVELOPMENT), null);

        assertThat(FundingWarnings.of(List.of(granted, rejected, withdrawn), Money.nok(1_000)))
                .isEmpty();
    }

    @Test
    void eachOverlappingPairIsNamedOnce() {
        Coverage a = applied("A", JAN, JAN.plusYears(1), CostCategory.DEVELOPMENT);
        Coverage b = applied("B", JAN, JAN.plusYears(1), CostCategory.DEVELOPMENT);
        Coverage c = applied("C", JAN, JAN.plusYears(1), CostCategory.DEVELOPMENT, CostCategory.PILOTING);

        assertThat(FundingWarnings.of(List.of(a, b, c), Money.nok(1_000))).hasSize(3);
    }

    @Test
    void aCapExactlyMetIsAllowedAndOneKroneMoreIsExceeded() {
        // 50 % of 4 000 000 is 2 000 000: two grants adding up to exactly that meet the cap.
        Coverage capped = entry(
                "Forskningsrådet",
                FundingStatus.GRANTED,
                1_500_000L,
                JAN,
                JAN.plusYears(1),
                Set.of(CostCategory.PERSONNEL),
                50);
        Coverage other = entry(
                "Fylket",
                FundingStatus.GRANTED,
                500_000L,
                JAN,
                JAN.plusYears(1),
                Set.of(CostCategory.COMPETENCE),
                null);
        Coverage oneMore = entry(
                "Fylket",
                FundingStatus.GRANTED,
                500_001L,
                JAN,
                JAN.plusYears(1),
                Set.of(CostCategory.COMPETENCE),
                null);

        assertThat(FundingWarnings.of(List.of(capped, other), Money.nok(4_000_000)))
                .isEmpty();
        assertThat(FundingWarnings.of(List.of(capped, oneMore), Money.nok(4_000_000)))
                .singleElement()
                .isInstanceOfSatisfying(CapExceeded.class, cap -> {
                    assertThat(cap.entry()).isEqualTo(capped);
                    assertThat(cap.capPercent()).isEqualTo(50);
                    assertThat(cap.granted()).isEqualTo(Money.nok(2_000_001));
                    assertThat(cap.allowed()).isEqualTo(Money.nok(2_000_000));
                    assertThat(cap.totalCost()).isEqualTo(Money.nok(4_000_000));
                });
    }

    @Test
    void onlyGrantedSupportCountsTowardsTheCapAndAnAppliedEntryCapStillBinds() {
        Coverage applied = entry(
                "Innovasjon Norge",
                FundingStatus.APPLIED,
                null,
                JAN,
                JAN.plusYears(1),
                Set.of(CostCategory.PILOTING),
                30);
        Coverage granted = entry(
                "Forskningsrådet",
                FundingStatus.GRANTED,
                400_000L,
                JAN,
                JAN.plusYears(1),
                Set.of(CostCategory.PERSONNEL),
                null);
        Coverage rejected =
                entry("EU", FundingStatus.REJECTED, 0L, JAN, JAN.plusYears(1), Set.of(CostCategory.OTHER), 10);

        // 30 % of 1 000 000 is 300 000; 400 000 granted exceeds the applied entry's cap, the rejected cap binds
        // nothing.
        assertThat(FundingWarnings.of(List.of(applied, granted, rejected), Money.nok(1_000_000)))
                .singleElement()
                .isInstanceOfSatisfying(
                        CapExceeded.class, cap -> assertThat(cap.entry()).isEqualTo(applied));
        assertThat(FundingWarnings.of(List.of(applied, granted), Money.nok(2_000_000)))
                .isEmpty();
    }

    @Test
    void aCapOnAProjectWithoutCostIsExceededByAnySupportButNotByNone() {
        Coverage capped =
                entry("A", FundingStatus.APPLIED, null, JAN, JAN.plusYears(1), Set.of(CostCategory.PERSONNEL), 50);
        Coverage granted =
                entry("B", FundingStatus.GRANTED, 1L, JAN, JAN.plusYears(1), Set.of(CostCategory.OTHER), null);

        assertThat(FundingWarnings.of(List.of(capped), Money.ZERO_NOK)).isEmpty();
        assertThat(FundingWarnings.of(List.of(capped, granted), Money.ZERO_NOK)).hasSize(1);
    }
}
