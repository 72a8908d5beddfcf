package no.innomotor.shared.generation;

import org.jspecify.annotations.Nullable;

/**
 * Rows for one table, in the columns named when it was opened. Values: {@code String}, {@code Integer},
 * {@code Long}, {@code Boolean}, {@code java.util.UUID}, {@code java.time.Instant}, {@code java.time.LocalDate},
 * {@code java.math.BigDecimal} or null.
 */
public interface BulkTable {

    void row(@Nullable Object... values);

    /** Rows written to this table so far, buffered ones included. */
    long rows();
}
