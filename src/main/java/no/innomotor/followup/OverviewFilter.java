package no.innomotor.followup;

import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * The advisers' overview filters; a null or false part does not narrow. {@code region} a county (companies serving
 * it, or all of Norway), {@code plan} with or without an open plan, {@code activeMonths} an activity in the plan within
 * that many months, {@code openSteps} only companies with open next steps.
 */
public record OverviewFilter(
        boolean newToPublicSector,
        @Nullable NutsCode region,
        @Nullable Boolean withPlan,
        @Nullable Integer activeMonths,
        boolean openSteps) {

    public static OverviewFilter none() {
        return new OverviewFilter(false, null, null, null, false);
    }
}
