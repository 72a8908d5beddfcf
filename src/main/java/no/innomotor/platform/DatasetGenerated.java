package no.innomotor.platform;

import java.util.Map;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A national dataset was generated into this database ({@code data generate}): one audit record for the whole run,
 * rather than one per generated row. Its presence also tells a later run that the database already holds one.
 */
record DatasetGenerated(
        String scale, long seed, long organisations, long people, long projects, long opportunities, long rows)
        implements AuditableEvent {

    static final String ACTION = "dataset.generated";

    @Override
    public @Nullable PersonId actor() {
        return null;
    }

    @Override
    public @Nullable OrganisationId organisation() {
        return null;
    }

    @Override
    public String objectType() {
        return "dataset";
    }

    @Override
    public String objectId() {
        return "seed-" + seed;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Map<String, @Nullable Object> details() {
        return AuditableEvent.parameters(
                "scale", scale,
                "seed", seed,
                "organisations", organisations,
                "people", people,
                "projects", projects,
                "opportunities", opportunities,
                "rows", rows);
    }

    @Override
    public String summary() {
        return "Generated dataset, scale " + scale + ", seed " + seed + ": " + rows + " rows";
    }
}
