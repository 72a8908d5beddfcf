package no.innomotor.notices;

import org.jspecify.annotations.Nullable;

/**
 * A winning tenderer of a result notice, as the notice names it: the organisation's name, its company id as written,
 * and the Norwegian organisation number when the company is Norwegian and the id is a valid one.
 */
record AwardWinner(
        String name, @Nullable String companyId, @Nullable String orgNumber) {}
