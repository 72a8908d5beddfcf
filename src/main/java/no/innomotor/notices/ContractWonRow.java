package no.innomotor.notices;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A winner's organisation number and the opportunity it won, as the query reads them. */
record ContractWonRow(
        String orgNumber, UUID opportunity, @Nullable LocalDate publishedOn) {}
