package no.innomotor.projects;

import java.util.List;
import java.util.Map;
import no.innomotor.shared.RoadmapStep;

/**
 * The guidance every new project's checklists start from, one list per step. The texts live in the message
 * bundles under {@code projects.guidance.<step>.<item>}, so each person reads them in their own language; the
 * required ones must be done before the step's gate opens.
 */
final class Roadmap {

    record Guidance(String key, boolean required) {}

    private static final Map<RoadmapStep, List<Guidance>> GUIDANCE = Map.of(
            RoadmapStep.ANCHORING, items(1, true, true, true, false, false, true),
            RoadmapStep.NEEDS_ASSESSMENT, items(2, true, true, false, false, true, false),
            RoadmapStep.MARKET_DIALOGUE, items(3, true, true, true, false, false, true, true),
            RoadmapStep.COMPETITION, items(4, true, true, true, false, false),
            RoadmapStep.CONTRACT, items(5, true, true, true, false),
            RoadmapStep.IMPLEMENTATION, items(6, true, true, false, false, true),
            RoadmapStep.BENEFIT_REALISATION, items(7, true, true, true, false, true, false),
            RoadmapStep.SPREAD_AND_SCALE_UP, items(8, true, true, false, false, false));

    private Roadmap() {}

    /** "Legg mandatet fram for ledelsen": the platform ticks it when the top leader signs the mandate. */
    static final String MANDATE_PRESENTED = "projects.guidance.1.6";

    /** True for items only the platform ticks, because they record something it sees happen. */
    static boolean tickedByPlatform(@org.jspecify.annotations.Nullable String guidanceKey) {
        return MANDATE_PRESENTED.equals(guidanceKey);
    }

    static List<Guidance> guidance(RoadmapStep step) {
        return GUIDANCE.get(step);
    }

    private static List<Guidance> items(int step, boolean... required) {
        Guidance[] items = new Guidance[required.length];
        for (int i = 0; i < required.length; i++) {
            items[i] = new Guidance("projects.guidance." + step + "." + (i + 1), required[i]);
        }
        return List.of(items);
    }
}
