package no.innomotor.instruments;

import java.util.List;
import java.util.Map;
import no.innomotor.shared.OrganisationId;

/**
 * The national overview of the published catalogue. {@code rows}: per county, how many instruments a public buyer
 * there may use in each roadmap step (index 0 is step 1) and how many a supplier there may use; {@code stepTotals}:
 * per step, the instruments a buyer may use somewhere in the country. {@code actors}: per actor, the instruments of
 * each kind. {@code gaps}: the counties and steps where no instrument fits a buyer.
 */
public record NationalOverview(
        int published,
        List<RegionRow> rows,
        List<Integer> stepTotals,
        List<InstrumentKind> kinds,
        List<ActorRow> actors,
        List<Gap> gaps,
        List<Integer> stepsWithoutAny) {

    public NationalOverview {
        rows = List.copyOf(rows);
        stepTotals = List.copyOf(stepTotals);
        kinds = List.copyOf(kinds);
        actors = List.copyOf(actors);
        gaps = List.copyOf(gaps);
        stepsWithoutAny = List.copyOf(stepsWithoutAny);
    }

    public record RegionRow(String code, String name, List<Integer> perStep, int forSuppliers) {
        public RegionRow {
            perStep = List.copyOf(perStep);
        }
    }

    public record ActorRow(OrganisationId actor, String name, Map<InstrumentKind, Integer> perKind, int total) {
        public ActorRow {
            perKind = Map.copyOf(perKind);
        }

        public int count(InstrumentKind kind) {
            return perKind.getOrDefault(kind, 0);
        }
    }

    /** A county where no instrument fits a buyer in these steps. */
    public record Gap(String code, String name, List<Integer> steps) {
        public Gap {
            steps = List.copyOf(steps);
        }
    }

    /** The largest step total, for scaling the chart. */
    public int maxStepTotal() {
        return stepTotals.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
