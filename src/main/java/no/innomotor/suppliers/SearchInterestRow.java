package no.innomotor.suppliers;

import java.util.UUID;

/** What matching needs of one saved search, as the database keeps it. */
record SearchInterestRow(
        UUID id,
        String name,
        UUID personId,
        UUID organisationId,
        String cpvCodes,
        String regions,
        String keywords,
        boolean mail) {}
