package no.innomotor.knowledge;

import java.util.UUID;

/** Identifies one solution of the solution catalogue; written as a plain string in JSON and URLs. */
public record SolutionId(UUID value) {

    public static SolutionId random() {
        return new SolutionId(UUID.randomUUID());
    }

    public static SolutionId of(String value) {
        return new SolutionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
