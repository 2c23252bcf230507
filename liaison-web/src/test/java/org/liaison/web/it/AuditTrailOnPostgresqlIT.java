package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.platform.DatabaseMigration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * On PostgreSQL the database itself keeps the audit trail append-only: the application's own role can add an event
 * but not change, delete or truncate one. Runs only in the postgresql profile (the failsafe excludes it otherwise),
 * against the integration-test database, migrated the way the application migrates it.
 */
class AuditTrailOnPostgresqlIT {

    private static final PGSimpleDataSource DATABASE = new PGSimpleDataSource();

    @BeforeAll
    static void migrate() {
        DATABASE.setUrl(System.getProperty("it.pg.url"));
        DATABASE.setUser(System.getProperty("it.pg.user"));
        DATABASE.setPassword(System.getProperty("it.pg.password"));
        DatabaseMigration.flyway(DATABASE).migrate();
    }

    @Test
    void anAuditEventCanBeAddedButNotChangedDeletedOrTruncated() throws SQLException {
        try (Connection connection = DATABASE.getConnection()) {
            long id = addEvent(connection);

            SQLException update = assertThrows(SQLException.class, () -> execute(connection,
                    "update audit_event set actor = 'someone-else' where id = " + id));
            SQLException delete = assertThrows(SQLException.class, () -> execute(connection,
                    "delete from audit_event where id = " + id));
            SQLException truncate = assertThrows(SQLException.class, () -> execute(connection,
                    "truncate audit_event"));

            assertEquals("42501", update.getSQLState(), update.getMessage());
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertEquals("42501", delete.getSQLState(), delete.getMessage());
            assertEquals("42501", truncate.getSQLState(), truncate.getMessage());
            assertEquals("it-audit-check", actorOf(connection, id));
        }
    }

    private static long addEvent(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_event"
                + " (id, version, occurred_at, actor, address, action, record_type, record_id, changes)"
                + " values (nextval('liaison_seq'), 0, current_timestamp, 'it-audit-check', '127.0.0.1', 'CREATED',"
                + " 'Agency', 1, '{}') returning id")) {
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String actorOf(Connection connection, long id) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select actor from audit_event where id = " + id)) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
