package no.innomotor.benefits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import no.innomotor.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The expected path of a benefit's indicator: a straight line from the baseline (date, value) to the target (date,
 * value). A measurement's status is read against where the line stands on the measurement's date:
 *
 * <ul>
 *   <li>{@code REALISED} when the value has reached the target (in the direction from baseline to target);
 *   <li>otherwise the shortfall — how far the value lags behind the line, as a share of the whole way from baseline to
 *       target — decides: at most {@value #ON_TRACK_SHARE} is {@code ON_TRACK}, at most {@value #AT_RISK_SHARE}
 *       {@code AT_RISK}, more is {@code OFF_TRACK};
 *   <li>after the target date an unreached target is never on track: {@code AT_RISK} within the first tolerance,
 *       {@code OFF_TRACK} beyond it.
 * </ul>
 *
 * A benefit with no measurement, or without both a numeric baseline and target (a qualitative one), is
 * {@code NOT_MEASURED}.
 */
public record Trajectory(BigDecimal baseline, LocalDate baselineOn, BigDecimal target, LocalDate targetOn) {

    public static final double ON_TRACK_SHARE = 0.10;
    public static final double AT_RISK_SHARE = 0.25;

    private static final MathContext MATH = MathContext.DECIMAL64;

    /** The trajectory of a benefit, or null when the plan lacks a number or a date for it. */
    public static @Nullable Trajectory of(
            @Nullable BigDecimal baseline,
            @Nullable LocalDate baselineOn,
            @Nullable BigDecimal target,
            @Nullable LocalDate targetOn) {
        if (baseline == null || baselineOn == null || target == null || targetOn == null) {
            return null;
        }
        return new Trajectory(baseline, baselineOn, target, targetOn);
    }

    /** Where the line stands on {@code day}: the baseline before it starts, the target after it ends. */
    public BigDecimal expectedOn(LocalDate day) {
        return baseline.add(target.subtract(baseline).multiply(share(day), MATH), MATH);
    }

    /** The status of a value measured on {@code day}. */
    public TrajectoryStatus status(BigDecimal value, LocalDate day) {
        int direction = target.compareTo(baseline);
        if (direction == 0) {
            return value.compareTo(target) >= 0 ? TrajectoryStatus.REALISED : TrajectoryStatus.OFF_TRACK;
        }
        if (value.subtract(target).signum() * direction >= 0) {
            return TrajectoryStatus.REALISED;
        }
        double shortfall = expectedOn(day)
                .subtract(value)
                .multiply(BigDecimal.valueOf(direction))
                .divide(target.subtract(baseline).abs(), MATH)
                .doubleValue();
        boolean late = day.isAfter(targetOn);
        if (shortfall <= ON_TRACK_SHARE) {
            return late ? TrajectoryStatus.AT_RISK : TrajectoryStatus.ON_TRACK;
        }
        if (shortfall <= AT_RISK_SHARE && !late) {
            return TrajectoryStatus.AT_RISK;
        }
        return TrajectoryStatus.OFF_TRACK;
    }

    /** How much of the way from baseline to target a value has come, between 0 and 1. */
    public BigDecimal progress(BigDecimal value) {
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            return value.compareTo(target) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        BigDecimal share = value.subtract(baseline).divide(span, MATH);
        return share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    /** The part of a priced benefit's planned value realised by a value: the planned kroner times the progress. */
    public Money realised(Money planned, BigDecimal value) {
        return Money.nok(BigDecimal.valueOf(planned.kroner())
                .multiply(progress(value), MATH)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    private BigDecimal share(LocalDate day) {
        long whole = ChronoUnit.DAYS.between(baselineOn, targetOn);
        if (whole <= 0 || !day.isBefore(targetOn)) {
            return BigDecimal.ONE;
        }
        long gone = ChronoUnit.DAYS.between(baselineOn, day);
        if (gone <= 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(whole), MATH);
    }
}
