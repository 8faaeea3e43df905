package fr.bde.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Refreshes the planner's statistics of a table after a bulk change (a first duplication, a large
 * marking), so that the next queries are planned on its real size rather than on the database's
 * stale sample. The statement differs between H2 and PostgreSQL.
 */
public final class PlannerStatistics {

    private PlannerStatistics() {
    }

    /** {@code table} is a fixed table name of the schema, never user input. */
    public static void refresh(Connection connection, String table) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
        try (Statement statement = connection.createStatement()) {
            statement.execute((h2 ? "analyze table " : "analyze ") + table);
        }
    }
}
