package org.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void theConnectionPoolUnableToAllocateIsAnOutage() {
        SQLException pool = new SQLException("Error in allocating a connection",
                new ResourceAllocationException("Connection could not be allocated"));
        assertTrue(DatabaseOutage.isCauseOf(new EJBException(new PersistenceException(pool))));
    }

    @Test
    void aConnectionSqlStateOrARefusedSocketIsAnOutage() {
        assertTrue(DatabaseOutage.isCauseOf(new PersistenceException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.isCauseOf(new PersistenceException(new SQLException("io", "08006"))));
        assertTrue(DatabaseOutage.isCauseOf(new SQLTransientConnectionException("timeout")));
        assertTrue(DatabaseOutage.isCauseOf(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseOutage.isCauseOf(new RuntimeException(new ConnectException("Connection refused"))));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(DatabaseOutage.isCauseOf(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isCauseOf(new EJBException(new OptimisticLockException("stale"))));
        assertFalse(DatabaseOutage.isCauseOf(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("no state")));
    }
}
