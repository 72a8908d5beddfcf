package no.innomotor.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A project's benefit figures as they stand after any change to its benefit plan, its measurements or its showcase
 * entry: the whole picture each time, so a reader (the case library, analytics, open data) keeps its own copy by
 * replacing the one it has. Carries no person's name and nothing from the plan's risks or comments.
 *
 * @param showcased whether the project's team opted in to the public showcase
 */
public record BenefitFiguresChanged(
        OrganisationId organisation, ProjectId project, List<Figure> benefits, boolean showcased) {

    public BenefitFiguresChanged {
        benefits = List.copyOf(benefits);
    }

    /**
     * One benefit of the plan.
     *
     * @param benefit the benefit's id as a plain string
     * @param unit the indicator's unit; for efficiency benefits, kroner
     * @param plannedNok the benefit's value in kroner when the plan prices it
     * @param realisedNok what was realised in kroner so far, when the benefit is priced and measured
     */
    public record Figure(
            String benefit,
            String title,
            BenefitType type,
            String indicator,
            String unit,
            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable LocalDate targetDate,
            @Nullable BigDecimal latest,
            @Nullable LocalDate latestOn,
            TrajectoryStatus status,
            @Nullable Money plannedNok,
            @Nullable Money realisedNok) {}

    public boolean measured() {
        return benefits.stream().anyMatch(figure -> figure.status() != TrajectoryStatus.NOT_MEASURED);
    }
}
