package no.innomotor.riskrelief;

import java.util.UUID;

/** Identifies a risk-relief scheme; written as a plain string in JSON and URLs. */
public record SchemeId(UUID value) {

    public static SchemeId random() {
        return new SchemeId(UUID.randomUUID());
    }

    public static SchemeId of(String value) {
        return new SchemeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
