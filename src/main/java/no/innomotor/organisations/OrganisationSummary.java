package no.innomotor.organisations;

import java.time.Instant;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** What other modules and pages may read about an organisation. */
public record OrganisationSummary(
        OrganisationId id,
        OrgNumber orgNumber,
        String name,
        OrganisationType type,
        @Nullable String nutsCode,
        @Nullable String sector,
        OrganisationStatus status,
        Instant createdAt,
        long version) {

    static OrganisationSummary of(Organisation org) {
        return new OrganisationSummary(
                org.id(),
                org.orgNumber(),
                org.name(),
                org.type(),
                org.nutsCode(),
                org.sector(),
                org.status(),
                org.createdAt(),
                org.version());
    }

    public boolean approved() {
        return status == OrganisationStatus.APPROVED;
    }
}
