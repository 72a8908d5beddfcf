package no.innomotor.riskrelief;

import no.innomotor.shared.OrganisationId;

/**
 * A published scheme as other modules name it: its id, owner, name and who may apply. Published schemes are read by
 * every signed-in buyer, supplier and instrument actor, so this needs no reader.
 */
public record PublishedScheme(SchemeId id, OrganisationId owner, String name, Audience audience) {

    static PublishedScheme of(Scheme scheme) {
        return new PublishedScheme(scheme.id(), scheme.owner(), scheme.name(), scheme.audience());
    }

    /** Whether buyers (true) or suppliers (false) may apply. */
    public boolean admitsBuyers() {
        return audience.admits(ApplicantKind.BUYER);
    }

    public boolean admitsSuppliers() {
        return audience.admits(ApplicantKind.SUPPLIER);
    }
}
