package no.innomotor.funding;

import java.util.UUID;

/** Identifies one funding entry of a project; written as a plain string in JSON and URLs. */
public record FundingEntryId(UUID value) {

    public static FundingEntryId random() {
        return new FundingEntryId(UUID.randomUUID());
    }

    public static FundingEntryId of(String value) {
        return new FundingEntryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
