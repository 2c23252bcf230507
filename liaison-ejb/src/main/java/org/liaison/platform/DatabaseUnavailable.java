package org.liaison.platform;

import jakarta.ejb.ApplicationException;

/**
 * The database cannot be reached. An application exception, so the EJB container rolls back without logging the
 * whole cause chain as a "system exception" on every request of an outage: the caller answers 503 and the outage is
 * logged once, as an event line.
 */
@ApplicationException(rollback = true)
public class DatabaseUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public DatabaseUnavailable(String reason) {
        super("database unreachable: " + reason);
        this.reason = reason;
    }

    /** Keeps only what failed (class and SQL state): the chain below a known outage is noise, not evidence. */
    public static DatabaseUnavailable from(Throwable cause) {
        return new DatabaseUnavailable(DatabaseOutage.reason(cause));
    }

    /** The connection failure below, e.g. {@code PSQLException/57P01}. */
    public String getReason() {
        return reason;
    }
}
