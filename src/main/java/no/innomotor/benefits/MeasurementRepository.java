package no.innomotor.benefits;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasurementRepository extends JpaRepository<Measurement, UUID> {

    List<Measurement> findByBenefitIdOrderByMeasuredOnAscRecordedAtAsc(UUID benefitId);
}
