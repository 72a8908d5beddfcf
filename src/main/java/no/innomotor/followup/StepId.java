package no.innomotor.followup;

import java.util.UUID;

/** Identifies one next step of a follow-up plan. */
public record StepId(UUID value) {

    public static StepId of(String value) {
        return new StepId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
