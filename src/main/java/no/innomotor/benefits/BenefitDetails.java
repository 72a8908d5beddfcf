package no.innomotor.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.shared.Money;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * What the team writes about one benefit, as DFØ's method lists it. A quantitative benefit has a numeric baseline and
 * target; a priced one states its value in kroner ({@code plannedNok}). The owner is a person of the project's
 * organisation; {@code leadsTo} are other benefits of the same plan this one leads to (the benefit map).
 */
public record BenefitDetails(
        String title,
        String description,
        BenefitType type,
        boolean priced,
        boolean quantitative,
        String indicator,
        String unit,
        String method,
        @Nullable BigDecimal baselineValue,
        @Nullable LocalDate baselineOn,
        String baselineSource,
        @Nullable BigDecimal targetValue,
        @Nullable LocalDate targetOn,
        MeasurementSchedule schedule,
        PersonId owner,
        String preconditions,
        String actions,
        String risks,
        String mandateGoal,
        @Nullable Money plannedNok,
        List<BenefitId> leadsTo) {

    public BenefitDetails {
        title = title.strip();
        description = description.strip();
        indicator = indicator.strip();
        unit = unit.strip();
        method = method.strip();
        baselineSource = baselineSource.strip();
        preconditions = preconditions.strip();
        actions = actions.strip();
        risks = risks.strip();
        mandateGoal = mandateGoal.strip();
        leadsTo = List.copyOf(leadsTo);
    }
}
