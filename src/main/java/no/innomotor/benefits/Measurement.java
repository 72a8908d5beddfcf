package no.innomotor.benefits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** One measurement of a benefit's indicator. Kept apart from the plan: a benefit may have hundreds. */
@Entity
@Table(name = "benefit_measurement")
class Measurement {

    @Id
    private UUID id;

    @Column(name = "benefit_id", nullable = false)
    private UUID benefitId;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(name = "measured_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal measuredValue;

    @Column(nullable = false, columnDefinition = "text")
    private String comment;

    @Column(name = "recorded_by")
    private @Nullable UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Measurement() {}

    Measurement(
            BenefitId benefit,
            UUID projectId,
            LocalDate on,
            BigDecimal value,
            String comment,
            @Nullable PersonId by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.benefitId = benefit.value();
        this.projectId = projectId;
        this.measuredOn = on;
        this.measuredValue = value;
        this.comment = comment.strip();
        this.recordedBy = by == null ? null : by.value();
        this.recordedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    MeasurementView view() {
        return new MeasurementView(measuredOn, measuredValue, comment);
    }

    LocalDate measuredOn() {
        return measuredOn;
    }
}
