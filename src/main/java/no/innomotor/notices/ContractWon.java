package no.innomotor.notices;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A contract an organisation won, by an imported result notice that names it among the winning tenderers. */
public record ContractWon(
        String orgNumber,
        OpportunityId opportunity,
        @Nullable LocalDate publishedOn) {}
