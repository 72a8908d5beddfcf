package no.innomotor.testing;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread (the test profile names it as Hibernate's
 * statement inspector), so a test can show that a page runs the same few statements whatever number of rows it
 * shows. Other threads' statements (event listeners, the outbox) are not counted.
 */
public final class SqlStatements implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** How many statements the work (a MockMvc request, say) ran on this thread. */
    public static int during(Work work) throws Exception {
        int before = COUNT.get()[0];
        work.run();
        return COUNT.get()[0] - before;
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
