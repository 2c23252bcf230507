package org.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

class DatabaseMigrationTest {

    @Test
    void aDatabaseWithTablesButNoFlywayHistoryIsNamedAsSuch() {
        FlywayException flyway = new FlywayException("Found non-empty schema(s) \"public\" but no schema history"
                + " table. Use baseline() or set baselineOnMigrate to true to initialize the schema history table.");

        assertEquals("tables-without-flyway-history", DatabaseMigration.refusalReason(flyway));
    }

    @Test
    void anUnreachableDatabaseAndAnyOtherMigrationFailureHaveTheirOwnWords() {
        assertEquals("database-unreachable", DatabaseMigration.refusalReason(
                new IllegalStateException("Cannot read the database product name")));
        assertEquals("migration-failed", DatabaseMigration.refusalReason(new FlywayException("Migration V3 failed")));
    }
}
