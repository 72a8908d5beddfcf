package no.innomotor.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.shared.Money;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** One benefit as the plan's pages show it, with its latest measurement, status and what it has realised. */
public record BenefitView(
        BenefitId id,
        int number,
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
        String ownerName,
        String preconditions,
        String actions,
        String risks,
        String mandateGoal,
        @Nullable Money plannedNok,
        List<BenefitId> leadsTo,
        @Nullable BigDecimal latestValue,
        @Nullable LocalDate latestOn,
        @Nullable LocalDate nextDue,
        TrajectoryStatus status,
        @Nullable Money realisedNok,
        long version) {

    public BenefitView {
        leadsTo = List.copyOf(leadsTo);
    }

    /** Whether measurements can be read against a trajectory: numeric baseline and target with their dates. */
    public boolean measurable() {
        return quantitative && baselineValue != null && baselineOn != null && targetValue != null && targetOn != null;
    }

    static BenefitView of(Benefit b) {
        BenefitFiguresChanged.Figure figure = b.figure();
        return new BenefitView(
                b.id(),
                b.position(),
                b.title(),
                b.description(),
                b.type(),
                b.priced(),
                b.quantitative(),
                b.indicator(),
                b.unit(),
                b.method(),
                b.baselineValue(),
                b.baselineOn(),
                b.baselineSource(),
                b.targetValue(),
                b.targetOn(),
                b.schedule(),
                b.owner(),
                b.ownerName(),
                b.preconditions(),
                b.actions(),
                b.risks(),
                b.mandateGoal(),
                b.plannedNok(),
                b.leadsTo(),
                b.latestValue(),
                b.latestOn(),
                b.nextDue(),
                b.status(),
                figure.realisedNok(),
                b.version());
    }
}
