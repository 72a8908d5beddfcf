package no.innomotor.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One measurement as the benefit's page shows it. */
public record MeasurementView(LocalDate on, BigDecimal value, String comment) {}
