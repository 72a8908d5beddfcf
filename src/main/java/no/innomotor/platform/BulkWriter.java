package no.innomotor.platform;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.innomotor.shared.generation.BulkTable;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes generated rows in bulk on one connection of its own: {@code COPY … FROM STDIN} on PostgreSQL, JDBC
 * batches elsewhere (H2). Rows are buffered per table; when {@value #FLUSH_EVERY} rows are waiting, every table is
 * written in the order it was opened (parents before the tables that reference them) and the transaction commits,
 * so memory stays flat at any scale.
 */
final class BulkWriter implements AutoCloseable {

    static final int FLUSH_EVERY = 20_000;

    private final Connection connection;
    private final @Nullable CopyManager copy;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private int buffered;
    private long written;

    BulkWriter(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
        this.connection.setAutoCommit(false);
        this.copy = connection.isWrapperFor(PGConnection.class)
                ? connection.unwrap(PGConnection.class).getCopyAPI()
                : null;
    }

    /** "COPY" on PostgreSQL, "JDBC batches" elsewhere: how the rows are written, for the summary. */
    String method() {
        return copy != null ? "COPY" : "JDBC batches";
    }

    BulkTable table(String name, String... columns) {
        return tables.computeIfAbsent(name, key -> new Table(key, List.of(columns)));
    }

    /** Rows written so far, buffered ones included. */
    long rows() {
        return written;
    }

    void flush() {
        try {
            for (Table table : tables.values()) {
                table.write();
            }
            connection.commit();
            buffered = 0;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Writing generated rows failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            flush();
            for (Table table : tables.values()) {
                table.close();
            }
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException("Closing the bulk connection failed", e);
            }
        }
    }

    private final class Table implements BulkTable {

        private final String name;
        private final List<String> columns;
        private final List<@Nullable Object[]> pending = new ArrayList<>();
        private @Nullable PreparedStatement insert;
        private long rows;

        Table(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }

        @Override
        public void row(@Nullable Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(name + " takes " + columns.size() + " values, not " + values.length);
            }
            pending.add(values);
            rows++;
            written++;
            if (++buffered >= FLUSH_EVERY) {
                flush();
            }
        }

        @Override
        public long rows() {
            return rows;
        }

        void write() throws SQLException, IOException {
            if (pending.isEmpty()) {
                return;
            }
            if (copy != null) {
                StringBuilder text = new StringBuilder(pending.size() * 64);
                for (Object[] row : pending) {
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            text.append('\t');
                        }
                        appendCopyValue(text, row[i]);
                    }
                    text.append('\n');
                }
                copy.copyIn(
                        "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN",
                        new StringReader(text.toString()));
            } else {
                PreparedStatement statement = statement();
                for (Object[] row : pending) {
                    for (int i = 0; i < row.length; i++) {
                        bind(statement, i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            pending.clear();
        }

        private PreparedStatement statement() throws SQLException {
            if (insert == null) {
                insert = connection.prepareStatement("insert into " + name + " (" + String.join(", ", columns)
                        + ") values (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
                        + ")");
            }
            return insert;
        }

        void close() {
            if (insert != null) {
                try {
                    insert.close();
                } catch (SQLException ignored) {
                    // the connection closes next and takes the statement with it
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }

    /** PostgreSQL's COPY text format: \N for null, backslash escapes for tab, newline, carriage return, backslash. */
    static void appendCopyValue(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        if (value instanceof Boolean flag) {
            text.append(flag ? 't' : 'f');
            return;
        }
        if (value instanceof Instant instant) {
            text.append(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            return;
        }
        if (value instanceof Number || value instanceof UUID || value instanceof LocalDate) {
            text.append(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
            return;
        }
        String string = value.toString();
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
