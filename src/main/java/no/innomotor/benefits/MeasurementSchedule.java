package no.innomotor.benefits;

import java.time.LocalDate;

/** How often a benefit's indicator is measured; the next measurement is due one interval after the latest. */
public enum MeasurementSchedule {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    MeasurementSchedule(int months) {
        this.months = months;
    }

    /** The day the next measurement is due after one taken (or the baseline measured) on {@code last}. */
    public LocalDate nextAfter(LocalDate last) {
        return last.plusMonths(months);
    }
}
