package no.innomotor.shared;

import java.util.UUID;

/** Identifies an organisation across modules. */
public record OrganisationId(UUID value) {

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
