package no.innomotor.riskrelief;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.innomotor.shared.CostCategory;
import org.jspecify.annotations.Nullable;

/**
 * What the applicant types that the project does not already say: the amount asked for (kroner, or hours for a
 * process scheme), the period, the cost categories, a short summary and an answer per criterion (by criterion id).
 * A draft may leave anything empty; submitting needs it all.
 */
public record ApplicationInput(
        long amountRequested,
        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        Set<CostCategory> categories,
        String summary,
        Map<String, String> answers) {

    public ApplicationInput {
        categories = Set.copyOf(categories);
        answers = Map.copyOf(answers);
    }
}
