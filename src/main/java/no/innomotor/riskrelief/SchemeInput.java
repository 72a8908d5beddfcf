package no.innomotor.riskrelief;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.innomotor.shared.CostCategory;

/**
 * What the owner writes about a scheme. {@code periodYear} and {@code amount} are the first period's budget in
 * kroner (financial) or capacity in hours (process); later periods are added on the scheme's page.
 */
public record SchemeInput(
        String name,
        String description,
        SchemeKind kind,
        Audience audience,
        LocalDate deadline,
        int periodYear,
        long amount,
        List<Criterion> criteria,
        Set<CostCategory> categories) {

    public SchemeInput {
        criteria = List.copyOf(criteria);
        categories = Set.copyOf(categories);
    }

    /** A criterion as typed: its name and weight in per cent. */
    public record Criterion(String name, int weight) {}
}
