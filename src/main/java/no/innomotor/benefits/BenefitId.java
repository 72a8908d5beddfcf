package no.innomotor.benefits;

import java.util.UUID;

/** Identifies one benefit of a project's plan; written as a plain string in JSON, CSV files and URLs. */
public record BenefitId(UUID value) {

    public static BenefitId random() {
        return new BenefitId(UUID.randomUUID());
    }

    public static BenefitId of(String value) {
        return new BenefitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
