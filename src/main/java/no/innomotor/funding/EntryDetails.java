package no.innomotor.funding;

import java.time.LocalDate;
import java.util.Set;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What the project's team records about an instrument outside the platform. The actor is an instrument actor on the
 * platform ({@code actorOrganisation}) or, when not on it, a name ({@code actorName}); one of them is given.
 * {@code maxCoFinancingPercent}: the instrument's cap on public support as a share of the project's costs, if any.
 */
public record EntryDetails(
        String instrumentName,
        @Nullable String instrumentId,
        @Nullable OrganisationId actorOrganisation,
        @Nullable String actorName,
        FundingStatus status,
        Money amountApplied,
        @Nullable Money amountGranted,
        LocalDate periodStart,
        LocalDate periodEnd,
        Set<CostCategory> costCategories,
        @Nullable Integer maxCoFinancingPercent,
        String note) {

    public EntryDetails {
        instrumentName = instrumentName.strip();
        instrumentId = instrumentId == null || instrumentId.isBlank() ? null : instrumentId.strip();
        actorName = actorName == null || actorName.isBlank() ? null : actorName.strip();
        costCategories = Set.copyOf(costCategories);
        note = note.strip();
    }
}
