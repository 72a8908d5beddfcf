package no.innomotor.suppliers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A listed supplier as the directory shows it, kept whole in the search index (see {@code shared.StoredRecord}). It
 * holds only what every directory reader may see: never contacts, references or growth ambitions, whatever the
 * supplier chose for them.
 */
public record SupplierListing(
        UUID organisationId,
        String companyName,
        SizeClass sizeClass,
        int employees,
        @Nullable Integer foundedYear,
        List<String> competences,
        List<String> regions,
        List<String> keywords,
        String pitch,
        boolean soldToPublicSector,
        Instant updatedAt) {

    public SupplierListing {
        competences = List.copyOf(competences);
        regions = List.copyOf(regions);
        keywords = List.copyOf(keywords);
    }

    /** Never sold to a public buyer: the suppliers measure M8 wants to reach first. */
    public boolean newToPublicSector() {
        return !soldToPublicSector;
    }
}
