package no.innomotor.funding;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** One entry as the project's readers see it; {@code editable}: a recorded entry the reader keeps. */
public record EntryView(
        FundingEntryId id,
        FundingSource source,
        @Nullable String applicationId,
        String instrumentName,
        @Nullable String instrumentId,
        @Nullable OrganisationId actorOrganisation,
        String actorName,
        FundingStatus status,
        Money amountApplied,
        @Nullable Money amountGranted,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<CostCategory> costCategories,
        @Nullable Integer maxCoFinancingPercent,
        String note,
        long version,
        boolean editable) {

    public EntryView {
        costCategories = List.copyOf(costCategories);
    }

    static EntryView of(FundingEntry entry, boolean keeper) {
        return new EntryView(
                entry.id(),
                entry.source(),
                entry.applicationId(),
                entry.instrumentName(),
                entry.instrumentId(),
                entry.actorOrganisation(),
                entry.actorName(),
                entry.status(),
                entry.amountApplied(),
                entry.amountGranted(),
                entry.periodStart(),
                entry.periodEnd(),
                entry.costCategories().stream().sorted().toList(),
                entry.maxCoFinancingPercent(),
                entry.note(),
                entry.version(),
                keeper && entry.source() == FundingSource.RECORDED);
    }
}
