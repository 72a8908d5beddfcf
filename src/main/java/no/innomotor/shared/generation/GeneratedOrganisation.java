package no.innomotor.shared.generation;

import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;

/**
 * An organisation of a generated dataset, as later contributors see it.
 *
 * @param size a relative size, roughly the number of employees; a larger organisation has more people and more
 *     projects and notices
 * @param domain the e-mail domain of its people, e.g. fjellbygd.kommune.no
 * @param sector the sector it registered with, as roll-ups group by it
 */
public record GeneratedOrganisation(
        OrganisationId id,
        OrgNumber orgNumber,
        String name,
        Kind kind,
        NutsCode nuts,
        int size,
        String domain,
        String sector) {

    /** What kind of organisation it is, as the organisations module registers it. */
    public enum Kind {
        MUNICIPALITY,
        COUNTY,
        STATE_AGENCY,
        COMPANY,
        INSTRUMENT_ACTOR;

        public boolean publicBuyer() {
            return this == MUNICIPALITY || this == COUNTY || this == STATE_AGENCY;
        }
    }
}
