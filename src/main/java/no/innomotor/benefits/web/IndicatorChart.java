package no.innomotor.benefits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.benefits.BenefitView;
import no.innomotor.benefits.MeasurementView;
import org.jspecify.annotations.Nullable;

/**
 * A benefit's indicator drawn to scale: time from the baseline to the later of the target date and the latest
 * measurement across, the indicator's values up; the expected trajectory from baseline to target, the target as a
 * line, and each measurement as a point. The page shows the same numbers in a table beside it.
 */
public record IndicatorChart(
        int width,
        int height,
        int left,
        int right,
        int top,
        int bottom,
        int baselineX,
        int baselineY,
        int targetX,
        int targetY,
        List<Point> points,
        String measuredPath,
        BigDecimal low,
        BigDecimal high,
        LocalDate from,
        LocalDate to) {

    static final int WIDTH = 640;
    static final int HEIGHT = 280;

    public IndicatorChart {
        points = List.copyOf(points);
    }

    public record Point(int x, int y, LocalDate on, BigDecimal value) {}

    /** The chart, or null for a benefit without a trajectory (no numeric baseline and target). */
    static @Nullable IndicatorChart of(BenefitView benefit, List<MeasurementView> measurements) {
        if (!benefit.measurable()) {
            return null;
        }
        BigDecimal baseline = benefit.baselineValue();
        BigDecimal target = benefit.targetValue();
        LocalDate from = benefit.baselineOn();
        LocalDate to = benefit.targetOn();
        BigDecimal low = baseline.min(target);
        BigDecimal high = baseline.max(target);
        for (MeasurementView m : measurements) {
            low = low.min(m.value());
            high = high.max(m.value());
            if (m.on().isAfter(to)) {
                to = m.on();
            }
            if (m.on().isBefore(from)) {
                from = m.on();
            }
        }
        if (high.compareTo(low) == 0) {
            high = high.add(BigDecimal.ONE);
        }
        BigDecimal pad = high.subtract(low).multiply(new BigDecimal("0.1"));
        low = low.subtract(pad);
        high = high.add(pad);
        int left = 72;
        int right = WIDTH - 16;
        int top = 16;
        int bottom = HEIGHT - 40;
        Scale scale = new Scale(from, to, low, high, left, right, top, bottom);
        List<Point> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (MeasurementView m : measurements) {
            Point p = new Point(scale.x(m.on()), scale.y(m.value()), m.on(), m.value());
            points.add(p);
            path.append(path.length() == 0 ? "M" : " L")
                    .append(p.x())
                    .append(' ')
                    .append(p.y());
        }
        return new IndicatorChart(
                WIDTH,
                HEIGHT,
                left,
                right,
                top,
                bottom,
                scale.x(benefit.baselineOn()),
                scale.y(baseline),
                scale.x(benefit.targetOn()),
                scale.y(target),
                points,
                path.toString(),
                low,
                high,
                from,
                to);
    }

    private record Scale(
            LocalDate from, LocalDate to, BigDecimal low, BigDecimal high, int left, int right, int top, int bottom) {

        int x(LocalDate day) {
            long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return left + (int) Math.round((right - left) * (double) ChronoUnit.DAYS.between(from, day) / span);
        }

        int y(BigDecimal value) {
            double share =
                    value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
            return bottom - (int) Math.round((bottom - top) * share);
        }
    }
}
