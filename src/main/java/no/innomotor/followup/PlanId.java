package no.innomotor.followup;

import java.util.UUID;

/** Identifies a follow-up plan; written as a plain string in JSON and URLs. */
public record PlanId(UUID value) {

    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    public static PlanId of(String value) {
        return new PlanId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
