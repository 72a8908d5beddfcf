package no.innomotor.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * One supplier in the advisers' overview: what the directory shows of it, its open plan (if any) with the newest
 * activity and its open next steps, how many market dialogues it has registered for, and
 * how many contracts it has won by imported result notices (matched by organisation number).
 */
public record OverviewRow(
        OrganisationId company,
        String companyName,
        List<String> regions,
        boolean newToPublicSector,
        Optional<PlanId> plan,
        @Nullable LocalDate lastActivity,
        long openSteps,
        long overdueSteps,
        @Nullable LocalDate nextDue,
        long dialogues,
        long contractsWon) {

    public OverviewRow {
        regions = List.copyOf(regions);
    }

    OverviewRow withCounts(long dialogueCount, long contractCount) {
        return new OverviewRow(
                company,
                companyName,
                regions,
                newToPublicSector,
                plan,
                lastActivity,
                openSteps,
                overdueSteps,
                nextDue,
                dialogueCount,
                contractCount);
    }
}
