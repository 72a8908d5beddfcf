package no.innomotor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.innomotor.InnomotorApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

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

    /** The password of {@code bench.pg.password}, none when it is not given. */
    static String password() {
        return property("bench.pg.password", "");
    }

    /** Drops the benchmark's database and makes it anew, through the server's postgres database. */
    static void recreate(String url) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection server = connect(url.substring(0, url.lastIndexOf('/') + 1) + "postgres");
                Statement ddl = server.createStatement()) {
            ddl.execute("drop database if exists " + name + " with (force)");
            ddl.execute("create database " + name);
        }
    }

    /**
     * The application's context without a web server, on the benchmark's database and the index under
     * {@code index}: given as command-line properties, which take precedence over the application's own settings;
     * {@code more} adds the benchmark's own (log levels, say).
     */
    static ConfigurableApplicationContext startContext(String url, java.nio.file.Path index, String... more) {
        SpringApplication application = new SpringApplication(InnomotorApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + property("bench.pg.user", "postgres"),
                "--spring.datasource.password=" + password(),
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index,
                "--innomotor.demo.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        arguments.addAll(Arrays.asList(more));
        return application.run(arguments.toArray(String[]::new));
    }

    /** A system property, or the fallback when it is missing or still Maven's unexpanded placeholder. */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.startsWith("${") ? fallback : value;
    }
}
