package no.innomotor.instruments;

import java.util.List;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as other modules read it: the published instruments with what the coordination of a project's
 * funding needs (who owns each, what kind it is, the largest share of costs it covers, the costs it covers).
 */
@Service
@Transactional(readOnly = true)
public class InstrumentCatalogue {

    /** One published instrument, by its latest version. */
    public record Entry(
            String id,
            String name,
            OrganisationId owner,
            String ownerName,
            InstrumentKind kind,
            @Nullable Integer coFinancingMaxPercent,
            List<CostCategory> costCategories) {

        public Entry {
            costCategories = List.copyOf(costCategories);
        }
    }

    private final InstrumentQueries queries;

    InstrumentCatalogue(InstrumentQueries queries) {
        this.queries = queries;
    }

    /** Every published instrument, by name. */
    public List<Entry> published() {
        return queries.published().stream()
                .map(p -> new Entry(
                        p.id().toString(),
                        p.name(),
                        p.owner(),
                        p.ownerName(),
                        p.content().kind(),
                        p.content().eligibility().coFinancingMaxPercent(),
                        p.content().costCategories()))
                .toList();
    }
}
