package no.innomotor.organisations;

import no.innomotor.shared.OrgNumber;
import org.jspecify.annotations.Nullable;

/** A request to register an organisation. */
public record RegisterOrganisation(
        OrgNumber orgNumber,
        String name,
        OrganisationType type,
        @Nullable String nutsCode,
        @Nullable String sector) {}
