package no.innomotor.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The total cost of a project for funding purposes, when the team records one different from the project's estimated
 * value (an instrument may count the whole cost of a pilot, not only the procurement's value). Without one, the
 * co-financing caps are read against the estimated value.
 */
@Entity
@Table(name = "funding_budget")
class FundingBudget {

    @Id
    @Column(name = "project_id")
    private UUID projectId;

    /** Null: the team went back to the project's estimated value. */
    @Column(name = "total_cost")
    private @Nullable Long totalCost;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private @Nullable Long version;

    protected FundingBudget() {}

    FundingBudget(ProjectId project, Instant now) {
        this.projectId = project.value();
        this.changedAt = now;
    }

    void set(@Nullable Money total, long expectedVersion, Instant now) {
        if (expectedVersion != version()) {
            throw new FundingExceptions.ChangedConcurrently(projectId);
        }
        this.totalCost = total == null ? null : total.kroner();
        this.changedAt = now;
    }

    @Nullable
    Money totalCost() {
        return totalCost == null ? null : Money.nok(totalCost);
    }

    /** 0 before it is first saved, then one more than the stored version: a stored budget is never "new" again. */
    long version() {
        return version == null ? 0 : version + 1;
    }
}
