package no.innomotor.funding;

import java.util.List;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A project's funding as its reader sees it: the entries, totals per status and per actor, the warnings, and the
 * total cost the caps are read against — the one the team recorded for funding, or else the project's estimated value.
 */
public record ProjectFunding(
        ProjectDetails project,
        List<EntryView> entries,
        List<StatusTotal> byStatus,
        List<ActorTotal> byActor,
        List<FundingWarning> warnings,
        Money totalCost,
        @Nullable Money recordedTotalCost,
        long budgetVersion,
        boolean keeper) {

    public ProjectFunding {
        entries = List.copyOf(entries);
        byStatus = List.copyOf(byStatus);
        byActor = List.copyOf(byActor);
        warnings = List.copyOf(warnings);
    }

    /** How many entries have a status, and what they applied for and were granted. */
    public record StatusTotal(FundingStatus status, int count, Money applied, Money granted) {}

    /** What one actor is asked for and has granted on the project. */
    public record ActorTotal(
            String actorName, @Nullable OrganisationId actorOrganisation, int count, Money applied, Money granted) {}
}
