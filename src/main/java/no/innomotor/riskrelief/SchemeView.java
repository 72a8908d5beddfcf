package no.innomotor.riskrelief;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A scheme as one reader may see it. {@code owned}: the reader is an instrument actor of the owner, who also sees the
 * ledger and the applications; {@code open}: it takes applications today.
 */
public record SchemeView(
        SchemeId id,
        OrganisationId owner,
        String ownerName,
        String name,
        String description,
        SchemeKind kind,
        Audience audience,
        LocalDate deadline,
        SchemeStatus status,
        List<CriterionView> criteria,
        Set<CostCategory> categories,
        long version,
        boolean owned,
        boolean open,
        @Nullable LedgerView ledger,
        List<ApplicationListItem> applications) {

    public SchemeView {
        criteria = List.copyOf(criteria);
        categories = Set.copyOf(categories);
        applications = List.copyOf(applications);
    }

    public boolean published() {
        return status == SchemeStatus.PUBLISHED;
    }

    public boolean financial() {
        return kind == SchemeKind.FINANCIAL;
    }
}
