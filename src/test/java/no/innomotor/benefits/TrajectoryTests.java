package no.innomotor.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.innomotor.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The status rule, written down: a straight line from baseline to target; a value that has reached the target is
 * realised; otherwise the shortfall behind the line, as a share of the whole way, decides — up to 10 % on track, up
 * to 25 % at risk, beyond that off track; after the target date an unreached target is at best at risk.
 */
class TrajectoryTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 1, 1);
    private static final LocalDate HALFWAY = LocalDate.of(2026, 7, 2); // 182 of 365 days

    /** Waiting time from 60 minutes down to 20: the line stands at 40 halfway. */
    private static final Trajectory FALLING = Trajectory.of(d("60"), START, d("20"), END);

    /** Users from 100 up to 500: the line stands at about 300 halfway. */
    private static final Trajectory RISING = Trajectory.of(d("100"), START, d("500"), END);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aValueAtOrBeyondTheTargetIsRealisedInEitherDirection() {
        assertThat(FALLING.status(d("20"), HALFWAY)).isEqualTo(TrajectoryStatus.REALISED);
        assertThat(FALLING.status(d("15"), START)).isEqualTo(TrajectoryStatus.REALISED);
        assertThat(RISING.status(d("500"), END.plusMonths(3))).isEqualTo(TrajectoryStatus.REALISED);
        assertThat(RISING.status(d("499.99"), HALFWAY)).isNotEqualTo(TrajectoryStatus.REALISED);
    }

    @Test
    void onTheLineOrAheadOfItIsOnTrack() {
        assertThat(FALLING.status(d("40"), HALFWAY)).isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(FALLING.status(d("30"), HALFWAY)).isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(RISING.status(d("100"), START)).isEqualTo(TrajectoryStatus.ON_TRACK);
    }

    @Test
    void upToATenthOfTheWayBehindIsStillOnTrack() {
        // 40 expected; 44 is 4 minutes behind, 10 % of the 40-minute way.
        assertThat(FALLING.status(d("43.9"), HALFWAY)).isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(FALLING.status(d("44.2"), HALFWAY)).isEqualTo(TrajectoryStatus.AT_RISK);
    }

    @Test
    void upToAQuarterOfTheWayBehindIsAtRiskAndMoreIsOffTrack() {
        // 25 % of the way is 10 minutes: 50 is the edge.
        assertThat(FALLING.status(d("49.8"), HALFWAY)).isEqualTo(TrajectoryStatus.AT_RISK);
        assertThat(FALLING.status(d("50.5"), HALFWAY)).isEqualTo(TrajectoryStatus.OFF_TRACK);
        assertThat(FALLING.status(d("65"), HALFWAY)).isEqualTo(TrajectoryStatus.OFF_TRACK);
        // Rising: about 300 expected halfway; 220 is 20 % behind, 180 is 30 % behind.
        assertThat(RISING.status(d("220"), HALFWAY)).isEqualTo(TrajectoryStatus.AT_RISK);
        assertThat(RISING.status(d("180"), HALFWAY)).isEqualTo(TrajectoryStatus.OFF_TRACK);
    }

    @Test
    void afterTheTargetDateAnUnreachedTargetIsNeverOnTrack() {
        assertThat(FALLING.status(d("22"), END.plusDays(1))).isEqualTo(TrajectoryStatus.AT_RISK);
        assertThat(FALLING.status(d("30"), END.plusDays(1))).isEqualTo(TrajectoryStatus.OFF_TRACK);
        assertThat(FALLING.status(d("22"), END.minusDays(1))).isEqualTo(TrajectoryStatus.ON_TRACK);
    }

    @Test
    void theLineStandsAtTheBaselineBeforeItStartsAndAtTheTargetAfterItEnds() {
        assertThat(FALLING.expectedOn(START.minusDays(10))).isEqualByComparingTo("60");
        assertThat(FALLING.expectedOn(END.plusYears(1))).isEqualByComparingTo("20");
        assertThat(FALLING.expectedOn(HALFWAY).doubleValue()).isBetween(40.0, 40.2);
    }

    @Test
    void aPricedBenefitRealisesItsValueInProportionToTheWayCome() {
        Trajectory spending = Trajectory.of(d("1000000"), START, d("400000"), END);
        assertThat(spending.realised(Money.nok(600_000), d("700000"))).isEqualTo(Money.nok(300_000));
        assertThat(spending.realised(Money.nok(600_000), d("1100000"))).isEqualTo(Money.nok(0));
        assertThat(spending.realised(Money.nok(600_000), d("100000"))).isEqualTo(Money.nok(600_000));
    }

    @Test
    void withoutBothNumbersAndDatesThereIsNoTrajectory() {
        assertThat(Trajectory.of(null, START, d("20"), END)).isNull();
        assertThat(Trajectory.of(d("60"), START, d("20"), null)).isNull();
    }
}
