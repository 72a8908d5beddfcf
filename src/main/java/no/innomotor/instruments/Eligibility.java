package no.innomotor.instruments;

import java.util.List;
import java.util.Objects;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.suppliers.SizeClass;
import org.jspecify.annotations.Nullable;

/**
 * Who an instrument is for, as structured data the {@link RuleEvaluator} reads: an empty list means any, a null
 * amount no bound. {@code sectors} are CPV divisions (two digits, "48" software, "33" medical equipment) matched
 * against a project's CPV codes or a supplier's competences; {@code regions} NUTS codes matched as prefixes ("NO" is
 * the whole country, "NO0A" western Norway, "NO0A2" Vestland); amounts bound the project's estimated value in whole
 * kroner; {@code coFinancingMaxPercent} is the largest share of the costs the instrument covers.
 */
public record Eligibility(
        List<OrganisationType> organisationTypes,
        List<SizeClass> sizeClasses,
        List<String> sectors,
        List<String> regions,
        List<Integer> roadmapSteps,
        @Nullable Long minAmount,
        @Nullable Long maxAmount,
        @Nullable Integer coFinancingMaxPercent,
        boolean requiresSignedMandate,
        boolean requiresPilotCustomer) {

    public static final Eligibility ANYONE =
            new Eligibility(List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, false, false);

    public Eligibility {
        organisationTypes = organisationTypes == null
                ? List.of()
                : organisationTypes.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        sizeClasses = sizeClasses == null
                ? List.of()
                : sizeClasses.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        sectors = codes(sectors);
        regions = codes(regions);
        roadmapSteps = roadmapSteps == null
                ? List.of()
                : roadmapSteps.stream()
                        .filter(Objects::nonNull)
                        .filter(step -> step >= 1 && step <= 8)
                        .distinct()
                        .sorted()
                        .toList();
        if (minAmount != null && minAmount < 0) {
            throw new IllegalArgumentException("A minimum amount is not negative");
        }
        if (minAmount != null && maxAmount != null && maxAmount < minAmount) {
            throw new IllegalArgumentException("The maximum amount is not below the minimum");
        }
        if (coFinancingMaxPercent != null && (coFinancingMaxPercent < 1 || coFinancingMaxPercent > 100)) {
            throw new IllegalArgumentException("A co-financing share is between 1 and 100 percent");
        }
    }

    private static List<String> codes(@Nullable List<String> codes) {
        return codes == null
                ? List.of()
                : codes.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(code -> !code.isEmpty())
                        .map(code -> code.toUpperCase(java.util.Locale.ROOT))
                        .distinct()
                        .sorted()
                        .toList();
    }
}
