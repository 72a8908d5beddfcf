package no.innomotor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL database a benchmark measures its SQL baselines in: made when it does not exist yet. */
final class BenchDatabase {

    /** PostgreSQL's SQLSTATE for a database that does not exist. */
    private static final String NO_SUCH_DATABASE = "3D000";

    private BenchDatabase() {}

    /**
     * Connects as the user {@code bench.pg.user} (default postgres) with {@code bench.pg.password} (default none);
     * when the database of the URL is missing, creates it through the server's {@code postgres} database first.
     */
    static Connection connect(String url) throws SQLException {
        String user = property("bench.pg.user", "postgres");
        String password = property("bench.pg.password", "");
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            if (!NO_SUCH_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection server = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
                Statement create = server.createStatement()) {
            create.execute("create database " + name);
        }
        return DriverManager.getConnection(url, user, password);
    }

    /** A system property, or the fallback when it is missing or still Maven's unexpanded placeholder. */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.startsWith("${") ? fallback : value;
    }
}
