package no.innomotor.notices;

import java.io.Serializable;
import java.util.UUID;

/** Identifies an opportunity: one imported notice, kept up to date by its newer versions and change notices. */
public record OpportunityId(UUID value) implements Serializable {

    public static OpportunityId of(String value) {
        return new OpportunityId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
