package no.innomotor.suppliers;

import java.util.UUID;

/** What matching needs of one profile, as the database keeps it: codes and keywords in one column each. */
record ProfileInterestRow(
        UUID organisationId,
        String companyName,
        String competences,
        String regions,
        String keywords,
        SizeClass sizeClass,
        boolean soldToPublic) {}
