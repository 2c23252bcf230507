package org.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V3 gives every existing relationship a start date, the day its cadence clock starts when it has no engagement:
 * the day its creation was audited, else the day of its first engagement, else the day of the migration.
 */
class RelationshipStartMigrationTest {

    private static final JdbcDataSource DATABASE = new JdbcDataSource();

    @BeforeAll
    static void relationshipsMadeBeforeV3() throws SQLException {
        DATABASE.setURL("jdbc:h2:mem:v3-" + System.nanoTime() + ";MODE=Regular;DB_CLOSE_DELAY=-1");
        Flyway.configure(DatabaseMigration.class.getClassLoader())
                .configuration(DatabaseMigration.flyway(DATABASE).getConfiguration()).target("2").load().migrate();
        execute("insert into facility (id, version, name, code, kind, beds) values"
                + " (1, 0, 'Riverton General', 'RGH', 'HOSPITAL', 400), (2, 0, 'Lakeside', 'LMC', 'HOSPITAL', 200)");
        execute("insert into agency (id, version, name, agency_type, jurisdiction) values"
                + " (10, 0, 'Riverton PD', 'MUNICIPAL_POLICE', 'City'), (11, 0, 'Sheriff', 'SHERIFF', 'County'),"
                + " (12, 0, 'Dispatch', 'DISPATCH', 'County')");
        execute("insert into relationship (id, version, facility_id, agency_id, role, cadence_days, status) values"
                + " (100, 0, 1, 10, 'PRIMARY', 30, 'ACTIVE'), (101, 0, 1, 11, 'SECONDARY', 60, 'ACTIVE'),"
                + " (102, 0, 2, 12, 'SECONDARY', 90, 'ACTIVE'), (103, 0, 2, 10, 'SECONDARY', 90, 'ACTIVE')");
        execute("insert into audit_event (id, version, occurred_at, actor, action, record_type, record_id) values"
                + " (200, 0, timestamp '2025-03-04 10:15:00', 'manager', 'CREATE', 'Relationship', 100),"
                + " (201, 0, timestamp '2025-04-01 09:00:00', 'manager', 'UPDATE', 'Relationship', 101)");
        execute("insert into engagement (id, version, facility_id, agency_id, kind, occurred_on, summary, recorded_by,"
                + " recorded_at) values"
                + " (300, 0, 1, 10, 'CALL', date '2025-05-01', 'x', 'officer', timestamp '2025-05-01 10:00:00'),"
                + " (301, 0, 1, 11, 'CALL', date '2025-06-01', 'x', 'officer', timestamp '2025-06-01 10:00:00'),"
                + " (302, 0, 1, 11, 'VISIT', date '2025-02-01', 'x', 'officer', timestamp '2025-02-01 10:00:00')");

        DatabaseMigration.flyway(DATABASE).migrate();
    }

    @Test
    void aRelationshipWhoseCreationWasAuditedStartedThatDay() throws SQLException {
        assertEquals(LocalDate.of(2025, 3, 4), startedOn(100));
    }

    @Test
    void withoutAnAuditedCreationItStartedWithItsFirstEngagement() throws SQLException {
        assertEquals(LocalDate.of(2025, 2, 1), startedOn(101));
    }

    @Test
    void withNeitherItsClockStartsWithTheMigration() throws SQLException {
        assertEquals(LocalDate.now(), startedOn(102));
        assertEquals(LocalDate.now(), startedOn(103), "another facility's engagements with the agency do not count");
    }

    @Test
    void everyRelationshipHasAStartFromNowOn() {
        assertThrows(SQLException.class, () -> execute("insert into relationship (id, version, facility_id,"
                + " agency_id, role, cadence_days, status) values (104, 0, 2, 11, 'SECONDARY', 90, 'ACTIVE')"));
    }

    private static LocalDate startedOn(long relationshipId) throws SQLException {
        try (Connection connection = DATABASE.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select started_on from relationship where id = "
                        + relationshipId)) {
            row.next();
            Date date = row.getDate(1);
            return date.toLocalDate();
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DATABASE.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
