package no.innomotor.funding;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;

/** Something in a project's funding that needs the team's attention; the reader's language renders it. */
public sealed interface FundingWarning {

    /**
     * The same cost covered twice: two entries applied for or granted, whose periods share days ({@code from} to
     * {@code to}) and which both cover {@code categories}.
     */
    record DoubleCoverage(Coverage first, Coverage second, List<CostCategory> categories, LocalDate from, LocalDate to)
            implements FundingWarning {
        public DoubleCoverage {
            categories = List.copyOf(categories);
        }

        public boolean involves(FundingEntryId id) {
            return first.id().equals(id) || second.id().equals(id);
        }
    }

    /**
     * A co-financing cap exceeded: the entry's instrument allows public support up to {@code capPercent} of the
     * project's total cost ({@code allowed}), and the granted support of the project adds up to {@code granted}.
     */
    record CapExceeded(Coverage entry, int capPercent, Money granted, Money allowed, Money totalCost)
            implements FundingWarning {}
}
