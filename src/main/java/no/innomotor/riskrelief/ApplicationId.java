package no.innomotor.riskrelief;

import java.util.UUID;

/** Identifies a risk-relief application; written as a plain string in JSON and URLs. */
public record ApplicationId(UUID value) {

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
