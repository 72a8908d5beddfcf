package no.innomotor.shared;

import java.util.Arrays;
import java.util.Optional;

/** The eight steps of the roadmap every innovative procurement project walks, in order. */
public enum RoadmapStep {
    ANCHORING(1),
    NEEDS_ASSESSMENT(2),
    MARKET_DIALOGUE(3),
    COMPETITION(4),
    CONTRACT(5),
    IMPLEMENTATION(6),
    BENEFIT_REALISATION(7),
    SPREAD_AND_SCALE_UP(8);

    public static final int FIRST = 1;
    public static final int LAST = 8;

    private final int number;

    RoadmapStep(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<RoadmapStep> find(int number) {
        return Arrays.stream(values()).filter(step -> step.number == number).findFirst();
    }

    public static RoadmapStep of(int number) {
        return find(number).orElseThrow(() -> new IllegalArgumentException("No roadmap step " + number));
    }
}
