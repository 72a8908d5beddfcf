package no.innomotor.funding;

import java.time.LocalDate;
import java.util.Set;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What an entry covers, as the warnings read it: the instrument and its actor (for the sentence), its status, what
 * was granted, the period (both days included), the cost categories and the instrument's co-financing cap.
 */
public record Coverage(
        FundingEntryId id,
        String instrumentName,
        String actorName,
        FundingStatus status,
        @Nullable Money amountGranted,
        LocalDate periodStart,
        LocalDate periodEnd,
        Set<CostCategory> costCategories,
        @Nullable Integer maxCoFinancingPercent) {

    public Coverage {
        costCategories = Set.copyOf(costCategories);
    }

    /** Whether the two periods share at least one day; a period ending the day before the other starts does not. */
    boolean overlaps(Coverage other) {
        return !periodStart.isAfter(other.periodEnd) && !other.periodStart.isAfter(periodEnd);
    }
}
