package no.innomotor.knowledge;

import java.util.UUID;

/** Identifies one case of the case library; written as a plain string in JSON and URLs. */
public record CaseId(UUID value) {

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    public static CaseId of(String value) {
        return new CaseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
