package no.innomotor.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.innomotor.funding.FundingWarning.CapExceeded;
import no.innomotor.funding.FundingWarning.DoubleCoverage;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;

/**
 * The rules behind a project's funding warnings. Only entries applied for or granted cover costs; rejected and
 * withdrawn ones are history.
 *
 * <ul>
 *   <li>The same cost covered twice: two such entries whose periods share at least one day (both ends included) and
 *       whose cost categories intersect. Each pair is named once, with the shared categories.
 *   <li>A co-financing cap exceeded: for each such entry with a cap, the public support granted to the project (the
 *       sum of every granted entry) is more than the cap's share of the project's total cost. A sum exactly at the
 *       cap is allowed: the cap is a maximum.
 * </ul>
 */
public final class FundingWarnings {

    private FundingWarnings() {}

    public static List<FundingWarning> of(List<Coverage> entries, Money totalCost) {
        List<Coverage> active = entries.stream()
                .filter(e -> e.status().active())
                .sorted(Comparator.comparing(Coverage::periodStart).thenComparing(Coverage::instrumentName))
                .toList();
        List<FundingWarning> warnings = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
                Coverage first = active.get(i);
                Coverage second = active.get(j);
                if (!first.overlaps(second)) {
                    continue;
                }
                Set<CostCategory> shared = EnumSet.noneOf(CostCategory.class);
                shared.addAll(first.costCategories());
                shared.retainAll(second.costCategories());
                if (shared.isEmpty()) {
                    continue;
                }
                warnings.add(new DoubleCoverage(
                        first,
                        second,
                        List.copyOf(shared),
                        max(first.periodStart(), second.periodStart()),
                        min(first.periodEnd(), second.periodEnd())));
            }
        }
        BigDecimal granted = entries.stream()
                .filter(e -> e.status() == FundingStatus.GRANTED && e.amountGranted() != null)
                .map(e -> e.amountGranted().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Coverage entry : active) {
            Integer cap = entry.maxCoFinancingPercent();
            if (cap == null) {
                continue;
            }
            // granted > cap% of total, compared without rounding: granted * 100 > cap * total.
            BigDecimal limit = totalCost.amount().multiply(BigDecimal.valueOf(cap));
            if (granted.multiply(BigDecimal.valueOf(100)).compareTo(limit) > 0) {
                warnings.add(new CapExceeded(
                        entry,
                        cap,
                        new Money(granted, Money.NOK),
                        new Money(limit.divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR), Money.NOK),
                        totalCost));
            }
        }
        return List.copyOf(warnings);
    }

    private static java.time.LocalDate max(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static java.time.LocalDate min(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
