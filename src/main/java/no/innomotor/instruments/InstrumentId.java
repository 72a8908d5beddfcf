package no.innomotor.instruments;

import java.util.UUID;

/** Identifies an instrument in the catalogue; written as a plain string in JSON and URLs. */
public record InstrumentId(UUID value) {

    public static InstrumentId random() {
        return new InstrumentId(UUID.randomUUID());
    }

    public static InstrumentId of(String value) {
        return new InstrumentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
