package no.innomotor.riskrelief;

import java.util.UUID;

/** Identifies a milestone of an approved application, against which a payout is made. */
public record MilestoneId(UUID value) {

    public static MilestoneId random() {
        return new MilestoneId(UUID.randomUUID());
    }

    public static MilestoneId of(String value) {
        return new MilestoneId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
