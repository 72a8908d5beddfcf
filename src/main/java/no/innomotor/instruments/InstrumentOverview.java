package no.innomotor.instruments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the national overview from the published catalogue: instruments × counties × roadmap steps, instruments ×
 * actors × kinds, and the gaps. An instrument reaches a county when it has no region rule or one of its regions
 * contains the county ("NO" the whole country, "NO0A" western Norway); it reaches a step when it has no step rule or
 * names the step.
 */
@Service
@Transactional(readOnly = true)
public class InstrumentOverview {

    private final InstrumentQueries queries;
    private final NutsCatalogue nuts;

    InstrumentOverview(InstrumentQueries queries, NutsCatalogue nuts) {
        this.queries = queries;
        this.nuts = nuts;
    }

    public NationalOverview overview() {
        return overview(queries.published(), nuts.counties());
    }

    static NationalOverview overview(List<PublishedInstrument> published, List<NutsRegion> counties) {
        List<NationalOverview.RegionRow> rows = new ArrayList<>();
        List<NationalOverview.Gap> gaps = new ArrayList<>();
        for (NutsRegion county : counties) {
            String code = county.code().value();
            List<Integer> perStep = new ArrayList<>();
            List<Integer> empty = new ArrayList<>();
            for (int step = RoadmapStep.FIRST; step <= RoadmapStep.LAST; step++) {
                int s = step;
                int count = (int) published.stream()
                        .filter(p -> p.content().audience().admits(Audience.BUYER))
                        .filter(p -> reaches(p, code) && reachesStep(p, s))
                        .count();
                perStep.add(count);
                if (count == 0) {
                    empty.add(step);
                }
            }
            int suppliers = (int) published.stream()
                    .filter(p -> p.content().audience().admits(Audience.SUPPLIER))
                    .filter(p -> reaches(p, code))
                    .count();
            rows.add(new NationalOverview.RegionRow(code, county.name(), perStep, suppliers));
            if (!empty.isEmpty()) {
                gaps.add(new NationalOverview.Gap(code, county.name(), empty));
            }
        }
        List<Integer> totals = new ArrayList<>();
        List<Integer> without = new ArrayList<>();
        for (int step = RoadmapStep.FIRST; step <= RoadmapStep.LAST; step++) {
            int s = step;
            int count = (int) published.stream()
                    .filter(p -> p.content().audience().admits(Audience.BUYER))
                    .filter(p -> reachesStep(p, s))
                    .count();
            totals.add(count);
            if (count == 0) {
                without.add(step);
            }
        }
        Map<OrganisationId, String> names = new LinkedHashMap<>();
        Map<OrganisationId, Map<InstrumentKind, Integer>> perActor = new LinkedHashMap<>();
        published.stream()
                .sorted(Comparator.comparing(PublishedInstrument::ownerName))
                .forEach(p -> {
                    names.putIfAbsent(p.owner(), p.ownerName());
                    perActor.computeIfAbsent(p.owner(), o -> new EnumMap<>(InstrumentKind.class))
                            .merge(p.content().kind(), 1, Integer::sum);
                });
        List<NationalOverview.ActorRow> actors = new ArrayList<>();
        perActor.forEach((actor, kinds) -> actors.add(new NationalOverview.ActorRow(
                actor,
                names.get(actor),
                kinds,
                kinds.values().stream().mapToInt(Integer::intValue).sum())));
        return new NationalOverview(
                published.size(), rows, totals, List.of(InstrumentKind.values()), actors, gaps, without);
    }

    static boolean reaches(PublishedInstrument instrument, String county) {
        List<String> regions = instrument.content().eligibility().regions();
        return regions.isEmpty() || regions.stream().anyMatch(county::startsWith);
    }

    static boolean reachesStep(PublishedInstrument instrument, int step) {
        List<Integer> steps = instrument.content().eligibility().roadmapSteps();
        return steps.isEmpty() || steps.contains(step);
    }
}
